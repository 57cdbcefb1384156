package fr.iae.conventioning.objectives;

import static fr.iae.conventioning.objectives.ObjectivesNegotiationProcess.*;

import fr.iae.conventioning.indicators.ExitRates;
import fr.iae.conventioning.shared.FormValues;
import fr.iae.conventioning.shared.FrenchFormat;
import fr.iae.conventioning.shared.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Target exit rates in percent: lasting employment, transition employment, positive exits. Their sum is the
 * dynamic-exit target and cannot exceed 100.
 */
record TargetRates(BigDecimal durable, BigDecimal transition, BigDecimal positive) {

  /** The national reference: 25 % lasting employment, 60 % dynamic exits, within three years. */
  public static final BigDecimal NATIONAL_DURABLE = ExitRates.NATIONAL_DURABLE;
  public static final BigDecimal NATIONAL_DYNAMIC = ExitRates.NATIONAL_DYNAMIC;

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  public BigDecimal dynamic() {
    return durable.add(transition).add(positive);
  }

  /** Reads and checks the three rates a form sent. */
  public static TargetRates from(FormValues form) {
    TargetRates rates = new TargetRates(
        rate(form, VAR_TARGET_DURABLE, "Taux de sortie vers l'emploi durable"),
        rate(form, VAR_TARGET_TRANSITION, "Taux de sortie vers l'emploi de transition"),
        rate(form, VAR_TARGET_POSITIVE, "Taux de sorties positives"));
    if (rates.dynamic().compareTo(HUNDRED) > 0) {
      throw new InvalidInputException("La somme des trois taux (objectif de sorties dynamiques) ne peut pas dépasser"
          + " 100 % : elle fait ici " + FrenchFormat.number(rates.dynamic(), 2) + " %.");
    }
    return rates;
  }

  private static BigDecimal rate(FormValues form, String name, String label) {
    double value = form.decimal(name, label);
    if (value < 0 || value > 100) {
      throw new InvalidInputException("Le champ « " + label + " » est un pourcentage : il doit être compris entre 0 et"
          + " 100 (reçu : " + FrenchFormat.number(value, 2) + ").");
    }
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }
}
