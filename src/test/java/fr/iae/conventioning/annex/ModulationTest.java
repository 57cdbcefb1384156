package fr.iae.conventioning.annex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The modulated part proposed from the three criteria, with the shipped weights (40 / 20 / 40). */
class ModulationTest {

  private static final ModulationProperties SHIPPED = new ModulationProperties(40, 20, 40, new BigDecimal("80"),
      new BigDecimal("50"), new BigDecimal("100"));
  private final Modulation modulation = new Modulation(SHIPPED, BigDecimal.TEN);

  private static ModulationEvidence evidence(int hires, int priority, int supported, int trained, String dynamic,
      String target) {
    return new ModulationEvidence(hires, priority, 0, 0, 0, 0, supported, trained, new BigDecimal(dynamic),
        new BigDecimal(target));
  }

  @Test
  void eachCriterionScoresAgainstItsLevelAndTheRateIsTheirWeightedMean() {
    // 60 % priority hires (0.75 of 80 %), 20 % trained (0.4 of 50 %), 45 % dynamic exits for 60 % (0.75)
    Modulation.Proposal proposal = modulation.propose(evidence(20, 12, 25, 5, "45", "60"));

    assertThat(proposal.scores()).extracting(Modulation.Score::score)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("0.75"), new BigDecimal("0.4"), new BigDecimal("0.75"));
    // (0.75 × 40 + 0.4 × 20 + 0.75 × 40) / 100 × 10 %
    assertThat(proposal.rate()).isEqualByComparingTo("6.8");
  }

  @Test
  void aStructureBeyondEveryLevelIsProposedTheCapAndNoMore() {
    Modulation.Proposal proposal = modulation.propose(evidence(10, 10, 10, 10, "90", "60"));

    assertThat(proposal.rate()).isEqualByComparingTo("10");
    assertThat(proposal.scores()).allMatch(score -> score.score().compareTo(BigDecimal.ONE) == 0);
  }

  @Test
  void aMissingIndicatorScoresZeroAndIsShownAsMissing() {
    Modulation.Proposal proposal = modulation.propose(new ModulationEvidence(0, 0, 0, 0, 0, 0, null, null,
        new BigDecimal("60"), new BigDecimal("60")));

    assertThat(proposal.scores().get(0).level()).as("no hire: no share").isNull();
    assertThat(proposal.scores().get(1).level()).isNull();
    assertThat(proposal.rate()).isEqualByComparingTo("4");
    assertThat(AnnexTexts.evidence(ModulationEvidence.none(), proposal))
        .contains("non renseignée", "Taux de modulation proposé par les critères : 4 %");
  }

  @Test
  void theWeightsAreConfigurable() {
    Modulation resultsOnly = new Modulation(new ModulationProperties(0, 0, 1, new BigDecimal("80"),
        new BigDecimal("50"), new BigDecimal("100")), BigDecimal.TEN);

    assertThat(resultsOnly.propose(evidence(20, 0, 25, 0, "30", "60")).rate()).isEqualByComparingTo("5");
    assertThatThrownBy(() -> new ModulationProperties(0, 0, 0, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
