package fr.iae.conventioning.annex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.iae.conventioning.shared.InvalidInputException;
import fr.iae.conventioning.structure.StructureKind;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AidCalculatorTest {

  private final AidCalculator calculator = new AidCalculator(new AidProperties(Map.of(
      StructureKind.EI, Map.of(2014, new BigDecimal("10000"), 2016, new BigDecimal("10143")),
      StructureKind.ETTI, Map.of(2014, new BigDecimal("4250"), 2016, new BigDecimal("4311")),
      StructureKind.AI, Map.of(2014, new BigDecimal("1300"), 2016, new BigDecimal("1319")),
      StructureKind.ACI, Map.of(2014, new BigDecimal("19200"), 2016, new BigDecimal("19474"),
          2022, new BigDecimal("21096"))), new BigDecimal("10")));

  @ParameterizedTest(name = "{0}, {1}, {2} months, {3} FTE, {4} %: base {6}, modulated {7}")
  @CsvSource({
      // kind, start year, months, FTE, modulation, unit used, base, modulated
      "ACI, 2027, 36, 10, 0, 21096, 632880.00, 0.00",
      "ACI, 2027, 12, 10, 10, 21096, 210960.00, 21096.00",
      "ACI, 2021, 12, 1, 5, 19474, 19474.00, 973.70",      // 2016 amount still in force in 2021
      "ACI, 2015, 24, 2.5, 0, 19200, 96000.00, 0.00",      // 2014 amount in force in 2015
      "EI, 2027, 12, 7.25, 3, 10143, 73536.75, 2206.10",   // modulated part rounded to the cent (2206.1025)
      "ETTI, 2027, 18, 3, 2.5, 4311, 19399.50, 484.99",    // 484.9875 rounded half up
      "AI, 2027, 30, 4, 10, 1319, 13190.00, 1319.00",      // 30 months prorated
      "AI, 2027, 13, 1, 0, 1319, 1428.92, 0.00",            // 1319 * 13 / 12 = 1428.9166...
      "EI, 2010, 12, 1, 0, 10000, 10000.00, 0.00",         // before the first published amount: the earliest
  })
  void computesTheBaseAmountAndTheModulatedPart(StructureKind kind, int year, int months, BigDecimal fte,
      BigDecimal modulation, BigDecimal unit, BigDecimal base, BigDecimal modulated) {
    AidCalculator.Aid aid = calculator.compute(kind, year, months, fte, modulation);

    assertThat(aid.unitAmount()).isEqualByComparingTo(unit);
    assertThat(aid.base()).isEqualByComparingTo(base);
    assertThat(aid.modulated()).isEqualByComparingTo(modulated);
    assertThat(aid.total()).isEqualByComparingTo(base.add(modulated));
    assertThat(aid.base().scale()).isEqualTo(2);
  }

  @ParameterizedTest
  @CsvSource({"-0.01", "10.01", "25"})
  void theModulationStaysBetweenZeroAndTenPercent(BigDecimal modulation) {
    assertThatThrownBy(() -> calculator.compute(StructureKind.ACI, 2027, 12, BigDecimal.ONE, modulation))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("entre 0 et 10 %");
  }

  @Test
  void aKindWithoutConfiguredAmountsIsExplained() {
    assertThatThrownBy(() -> calculator.compute(StructureKind.EITI, 2027, 12, BigDecimal.ONE, BigDecimal.ZERO))
        .hasMessageContaining("conventioning.aid.unit-amounts.EITI");
  }
}
