package fr.iae.conventioning.annex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.iae.conventioning.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnnexNumberTest {

  @Test
  void theFirstAnnexOfEachYearAndItsAmendmentsAreNumberedAsTheAspDoes() {
    assertThat(AnnexNumber.first(0)).hasToString("A0M0");
    assertThat(AnnexNumber.first(1)).hasToString("A1M0");
    assertThat(AnnexNumber.first(1).nextAmendment()).hasToString("A1M1");
    assertThat(AnnexNumber.parse("a2m3")).isEqualTo(new AnnexNumber(2, 3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "A1", "M0", "A-1M0", "A1M0X", "B1M0"})
  void anythingElseIsRefusedInFrench(String text) {
    assertThatThrownBy(() -> AnnexNumber.parse(text)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("n'est pas un numéro d'annexe financière");
  }
}
