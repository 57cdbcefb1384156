package fr.iae.conventioning.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.iae.conventioning.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SiretTest {

  @ParameterizedTest
  @ValueSource(strings = {"41028570400012", "51236789700026", "78901234100010", "32165498000010", "73282932000074"})
  void acceptsSiretsWhoseSiretAndSirenChecksumsAreValid(String siret) {
    assertThat(Siret.isValid(siret)).isTrue();
    assertThat(Siret.require(" " + siret + " ")).isEqualTo(siret);
  }

  @ParameterizedTest
  @CsvSource({
      "41028570400013, clé de contrôle est fausse",
      "41028570500012, son SIREN",
      "4102857040001, doit comporter 14 chiffres (il en a 13)",
      "410285704000120, doit comporter 14 chiffres (il en a 15)",
      "4102857040001A, ne doit contenir que des chiffres",
      "'410 285 704 00012', ne doit contenir que des chiffres",
  })
  void refusesWithAFrenchReason(String siret, String reason) {
    assertThat(Siret.isValid(siret)).isFalse();
    assertThatThrownBy(() -> Siret.require(siret))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void refusesABlankSiret(String siret) {
    assertThatThrownBy(() -> Siret.require(siret)).hasMessage("Le numéro SIRET est obligatoire.");
  }

  @ParameterizedTest
  @CsvSource({"0, true", "18, true", "79927398713, true", "79927398710, false", "1, false"})
  void luhnChecksum(String digits, boolean valid) {
    assertThat(Siret.luhn(digits)).isEqualTo(valid);
  }
}
