package fr.iae.conventioning.annex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The modulated part proposed from its three criteria: each scores from 0 to 1 (1 at its configured level), and the
 * proposed rate is the weighted mean of the scores times the highest rate, to one decimal. A criterion whose
 * indicators are missing scores 0 and says so.
 */
public final class Modulation {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private final ModulationProperties properties;
  private final BigDecimal maxRate;

  public Modulation(ModulationProperties properties, BigDecimal maxRate) {
    this.properties = properties;
    this.maxRate = maxRate;
  }

  public Proposal propose(ModulationEvidence evidence) {
    List<Score> scores = List.of(
        new Score(Criterion.PUBLICS, properties.publicsWeight(), share(evidence.hiresPriority(), evidence.hires()),
            properties.publicsFullAt()),
        new Score(Criterion.EFFORT, properties.effortWeight(),
            share(evidence.employeesTrained(), evidence.employeesSupported()), properties.effortFullAt()),
        new Score(Criterion.RESULTS, properties.resultsWeight(), ratio(evidence.dynamicRate(),
            evidence.targetDynamicRate()), properties.resultsFullAt()));
    BigDecimal weighted = BigDecimal.ZERO;
    int weights = 0;
    for (Score score : scores) {
      weighted = weighted.add(score.score().multiply(BigDecimal.valueOf(score.weight())));
      weights += score.weight();
    }
    BigDecimal rate = weighted.multiply(maxRate).divide(BigDecimal.valueOf(weights), 1, RoundingMode.HALF_UP);
    return new Proposal(scores, rate.min(maxRate), maxRate);
  }

  /** A part in percent of a whole, null when either is missing or the whole is zero. */
  private static BigDecimal share(Integer part, Integer whole) {
    if (part == null || whole == null || whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  /** An achieved rate in percent of its target, null when either is missing or the target is zero. */
  private static BigDecimal ratio(BigDecimal achieved, BigDecimal target) {
    if (achieved == null || target == null || target.signum() == 0) {
      return null;
    }
    return achieved.multiply(HUNDRED).divide(target, 1, RoundingMode.HALF_UP);
  }

  /** The three criteria, as users read them. */
  public enum Criterion {
    PUBLICS("Caractéristiques des personnes recrutées", "part des recrutements parmi les publics prioritaires"),
    EFFORT("Effort d'insertion (accompagnement et formation)", "part des salariés en insertion formés dans l'année"),
    RESULTS("Résultats en matière de sorties", "taux de sorties dynamiques rapporté à son objectif");

    private final String label;
    private final String indicator;

    Criterion(String label, String indicator) {
      this.label = label;
      this.indicator = indicator;
    }

    public String label() {
      return label;
    }

    public String indicator() {
      return indicator;
    }
  }

  /**
   * One criterion's score.
   *
   * @param level the indicator in percent (null when the report did not give it)
   * @param fullAt the level that scores 1
   */
  public record Score(Criterion criterion, int weight, BigDecimal level, BigDecimal fullAt) {

    /** From 0 to 1, to three decimals. */
    public BigDecimal score() {
      if (level == null || fullAt.signum() <= 0) {
        return BigDecimal.ZERO;
      }
      return level.divide(fullAt, 3, RoundingMode.HALF_UP).min(BigDecimal.ONE);
    }
  }

  /** The scores and the rate they propose, never above {@code maxRate}. */
  public record Proposal(List<Score> scores, BigDecimal rate, BigDecimal maxRate) {}
}
