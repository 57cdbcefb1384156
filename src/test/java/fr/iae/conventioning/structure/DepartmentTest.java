package fr.iae.conventioning.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DepartmentTest {

  @ParameterizedTest
  @CsvSource({"59, 059, Nord", "2A, 02A, Corse-du-Sud", "974, 974, La Réunion", "01, 001, Ain"})
  void knowsInseeCodesAndWritesThemOnThreeCharacters(String code, String threeCharacters, String name) {
    assertThat(Department.isValid(code)).isTrue();
    assertThat(Department.threeCharacters(code)).isEqualTo(threeCharacters);
    assertThat(Department.name(code)).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"20", "96", "975", "1", "ABC", ""})
  void refusesWhatIsNotADepartement(String code) {
    assertThatThrownBy(() -> Department.require(code)).hasMessageContaining("Le département");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2a", " 59 "})
  void normalisesTheCode(String code) {
    assertThat(Department.require(code)).isIn("2A", "59");
  }
}
