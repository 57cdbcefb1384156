package fr.iae.conventioning.followup;

import fr.iae.conventioning.indicators.ExitCounts;
import fr.iae.conventioning.indicators.ExitRates;
import fr.iae.conventioning.shared.FrenchFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A report's figures against the convention's objectives: the exit rates against the target rates, and the FTE
 * realised against the FTE agreed (the central figure of the management dialogue).
 */
record Progress(ExitCounts counts, ExitRates rates, BigDecimal targetDurable, BigDecimal targetDynamic,
    BigDecimal fteRealized, BigDecimal fteAgreed) {

  /** FTE realised / FTE agreed, in percent with one decimal; null without an agreed FTE. */
  public BigDecimal fteRatio() {
    if (fteAgreed == null || fteAgreed.signum() == 0) {
      return null;
    }
    return fteRealized.multiply(new BigDecimal("100")).divide(fteAgreed, 1, RoundingMode.HALF_UP);
  }

  /** A short text for forms and e-mails, in Markdown. */
  public String text() {
    int withdrawn = counts.total() - counts.examined();
    return "- Sorties examinées : **" + rates.examinedExits() + "** (sur " + counts.total() + " sortie"
        + (counts.total() > 1 ? "s" : "") + (withdrawn == 0 ? "" : ", dont " + withdrawn + " retirée"
        + (withdrawn > 1 ? "s" : "")) + ")\n"
        + "- Taux de sortie vers l'emploi durable : **" + FrenchFormat.percent(rates.durableRate()) + "** (objectif "
        + FrenchFormat.percent(targetDurable) + ")\n"
        + "- Taux de sorties dynamiques : **" + FrenchFormat.percent(rates.dynamicRate()) + "** (objectif "
        + FrenchFormat.percent(targetDynamic) + ")\n"
        + "- Variante des réseaux (hors inactifs, sans nouvelles et autres situations) : "
        + FrenchFormat.percent(rates.dynamicRateNetworkVariant()) + "\n"
        + "- ETP réalisés : **" + FrenchFormat.number(fteRealized, 2) + "** pour " + FrenchFormat.number(fteAgreed, 2)
        + " conventionnés (" + FrenchFormat.percent(fteRatio()) + ")\n";
  }
}
