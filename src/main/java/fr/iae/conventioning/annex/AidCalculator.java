package fr.iae.conventioning.annex;

import fr.iae.conventioning.shared.FrenchFormat;
import fr.iae.conventioning.shared.InvalidInputException;
import fr.iae.conventioning.structure.StructureKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/**
 * The State's aid per insertion post (Code du travail R5132-1 to R5132-10): a base amount, agreed FTE × the yearly
 * unit amount of the structure's kind, prorated to the convention's months, and a modulated part of 0 to 10 % of
 * the base. Amounts are rounded to the cent. The forecast of the whole convention is priced at its first year's amount;
 * each yearly annex at its own year's.
 */
public class AidCalculator {

  private static final BigDecimal TWELVE = new BigDecimal("12");
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private final AidProperties properties;

  public AidCalculator(AidProperties properties) {
    this.properties = properties;
  }

  /** The aid over the whole convention, at the unit amount of its first year: the funders' conference's forecast. */
  public Aid compute(StructureKind kind, int startYear, int months, BigDecimal agreedFte, BigDecimal modulationRate) {
    return price(kind, startYear, BigDecimal.valueOf(months), agreedFte, modulationRate);
  }

  /** The aid of one yearly annex: its months at the unit amount of its own year. */
  public Aid annual(StructureKind kind, AnnexPeriods.Period period, BigDecimal fte, BigDecimal modulationRate) {
    return price(kind, period.pricingYear(), period.months(), fte, modulationRate);
  }

  /** The highest modulated part, in percent of the base amount. */
  public BigDecimal maxModulationRate() {
    return properties.maxModulationRate();
  }

  private Aid price(StructureKind kind, int year, BigDecimal months, BigDecimal fte, BigDecimal modulationRate) {
    if (modulationRate.signum() < 0 || modulationRate.compareTo(properties.maxModulationRate()) > 0) {
      throw new InvalidInputException("Le taux de modulation doit être compris entre 0 et "
          + FrenchFormat.number(properties.maxModulationRate(), 2) + " % (reçu : " + FrenchFormat.number(modulationRate, 2)
          + " %).");
    }
    Map.Entry<Integer, BigDecimal> unit = unitAmount(kind, year);
    BigDecimal base = fte.multiply(unit.getValue()).multiply(months).divide(TWELVE, 2, RoundingMode.HALF_UP);
    BigDecimal modulated = base.multiply(modulationRate).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    return new Aid(unit.getValue(), unit.getKey(), base, modulated);
  }

  /** The amount in force for the year: the latest one published that year or before (else the earliest known). */
  Map.Entry<Integer, BigDecimal> unitAmount(StructureKind kind, int year) {
    Map<Integer, BigDecimal> amounts = properties.unitAmounts() == null ? null : properties.unitAmounts().get(kind);
    if (amounts == null || amounts.isEmpty()) {
      throw new InvalidInputException("Aucun montant de l'aide au poste n'est configuré pour les structures de type "
          + kind.name() + " : l'administrateur doit renseigner conventioning.aid.unit-amounts." + kind.name() + ".");
    }
    TreeMap<Integer, BigDecimal> sorted = new TreeMap<>(amounts);
    Map.Entry<Integer, BigDecimal> inForce = sorted.floorEntry(year);
    return inForce != null ? inForce : sorted.firstEntry();
  }

  /** The aid of a convention: unit amount used, base amount and modulated part. */
  public record Aid(BigDecimal unitAmount, int unitAmountYear, BigDecimal base, BigDecimal modulated) {

    public BigDecimal total() {
      return base.add(modulated);
    }
  }
}
