package fr.iae.conventioning.annex;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnexPeriodsTest {

  @Test
  void aThreeYearConventionFromTheFirstOfJanuaryHasThreeFullYearAnnexes() {
    List<AnnexPeriods.Period> periods = AnnexPeriods.of(LocalDate.of(2027, 1, 1), 36);

    assertThat(periods).extracting(AnnexPeriods.Period::pricingYear).containsExactly(2027, 2028, 2029);
    assertThat(periods).extracting(AnnexPeriods.Period::months).allMatch(months -> months.compareTo(new BigDecimal("12")) == 0);
    assertThat(periods.get(2).last()).isEqualTo(LocalDate.of(2029, 12, 31));
  }

  @Test
  void aConventionFromMarchHasAPartYearFirstAndLast() {
    List<AnnexPeriods.Period> periods = AnnexPeriods.of(LocalDate.of(2027, 3, 1), 24);

    assertThat(periods).extracting(AnnexPeriods.Period::first)
        .containsExactly(LocalDate.of(2027, 3, 1), LocalDate.of(2028, 1, 1), LocalDate.of(2029, 1, 1));
    assertThat(periods).extracting(p -> p.months().stripTrailingZeros().toPlainString()).containsExactly("10", "12", "2");
    assertThat(periods.get(2).last()).isEqualTo(LocalDate.of(2029, 2, 28));
  }

  @Test
  void aBrokenMonthCountsItsDaysAndTheMonthsStillAddUp() {
    List<AnnexPeriods.Period> periods = AnnexPeriods.of(LocalDate.of(2027, 3, 15), 36);

    // 15 March to 31 December: 9 months and 17 days of December's 31
    assertThat(periods.get(0).months()).isEqualByComparingTo("9.5484");
    assertThat(periods).hasSize(4);
    assertThat(periods.stream().map(AnnexPeriods.Period::months).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("36");
  }
}
