package fr.iae.conventioning.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormValuesTest {

  private static FormValues of(Object... keyValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return new FormValues(map::get);
  }

  @Test
  void readsNumbersWhateverTheirJsonType() {
    assertThat(of("n", 12).decimal("n", "N")).isEqualTo(12.0);
    assertThat(of("n", 12.5).decimal("n", "N")).isEqualTo(12.5);
    assertThat(of("n", "12,5").decimal("n", "N")).isEqualTo(12.5);
    assertThat(of("n", 36L).integer("n", "N")).isEqualTo(36);
    assertThat(of("n", 36.0).integer("n", "N")).isEqualTo(36);
    assertThat(of("n", "36").integer("n", "N")).isEqualTo(36);
  }

  @Test
  void refusesMissingOrMalformedValuesNamingTheField() {
    assertThatThrownBy(() -> of().decimal("n", "ETP")).hasMessage("Le champ « ETP » est obligatoire.");
    assertThatThrownBy(() -> of("n", "douze").decimal("n", "ETP")).hasMessageContaining("doit être un nombre");
    assertThatThrownBy(() -> of("n", 36.5).integer("n", "Durée")).hasMessageContaining("nombre entier");
    assertThatThrownBy(() -> of("n", "NaN").decimal("n", "ETP")).hasMessageContaining("doit être un nombre");
    assertThatThrownBy(() -> of("b", "peut-être").bool("b", "Complet ?")).hasMessageContaining("oui ou par non");
    assertThatThrownBy(() -> of("t", "   ").text("t", "Axe 1")).hasMessage("Le champ « Axe 1 » est obligatoire.");
  }

  @Test
  void readsDatesStrictly() {
    assertThat(of("d", "2027-01-01").date("d", "Début")).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThatThrownBy(() -> of("d", "2027-02-30").date("d", "Début")).hasMessageContaining("AAAA-MM-JJ");
    assertThatThrownBy(() -> of("d", "01/01/2027").date("d", "Début")).hasMessageContaining("AAAA-MM-JJ");
  }

  @Test
  void readsBooleansSentAsText() {
    assertThat(of("b", "false").bool("b", "B")).isFalse();
    assertThat(of("b", true).bool("b", "B")).isTrue();
  }
}
