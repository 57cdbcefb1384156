package fr.iae.conventioning.convention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConventionsCsvTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "Roubaix Propreté Insertion | Roubaix Propreté Insertion",
      "Atelier ; chantier | `\"Atelier ; chantier\"`",
      "Les \"Jardins\" | `\"Les \"\"Jardins\"\"\"`",
      "=SOMME(A1:A9) | '=SOMME(A1:A9)",
      "-10 | '-10",
      "@moi | '@moi"})
  void aFieldIsQuotedWhenItMustBeAndNeverReadAsAFormula(String value, String expected) {
    assertThat(ConventionsCsv.field(value)).isEqualTo(expected);
  }
}
