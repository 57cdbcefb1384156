package fr.iae.conventioning.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.iae.conventioning.structure.StructureKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConventionReferenceTest {

  @ParameterizedTest
  @CsvSource({
      "ACI, 59, 2027, 1, ACI059270001",
      "EI, 62, 2015, 42, EI062150042",
      "ETTI, 2A, 2030, 9999, ETTI02A309999",
      "AI, 974, 2100, 7, AI974000007",
      "EITI, 01, 2009, 120, EITI001090120",
  })
  void followsTheAspNumbering(StructureKind kind, String department, int year, int number, String expected) {
    String prefix = ConventionReference.prefix(kind, department, year);
    assertThat(ConventionReference.of(prefix, number)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0", "10000"})
  void orderNumbersHaveFourDigits(int number) {
    assertThatThrownBy(() -> ConventionReference.of("ACI05927", number)).isInstanceOf(IllegalArgumentException.class);
  }
}
