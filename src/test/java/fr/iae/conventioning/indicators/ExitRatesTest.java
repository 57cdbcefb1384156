package fr.iae.conventioning.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.iae.conventioning.shared.FormValues;
import fr.iae.conventioning.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExitRatesTest {

  private static BigDecimal rate(String value) {
    return value == null || value.isEmpty() ? null : new BigDecimal(value);
  }

  @ParameterizedTest(name = "{8}")
  @CsvSource(nullValues = "null", value = {
      // DUR, TRA, POS, UNE, INA, NON, OTH, WIT | SE | durable | dynamic | variant | case
      "0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, null, nothing at all",
      "0, 0, 0, 0, 0, 0, 0, 7, 0, null, null, null, all withdrawn",
      "0, 0, 0, 0, 3, 2, 1, 0, 6, 0.0, 0.0, null, a base of 0 for the variant only",
      "2, 0, 0, 1, 0, 0, 0, 0, 3, 66.7, 66.7, 66.7, rounding of 2/3",
      "1, 0, 0, 2, 0, 0, 0, 0, 3, 33.3, 33.3, 33.3, rounding of 1/3",
      "1, 0, 0, 0, 0, 0, 0, 0, 1, 100.0, 100.0, 100.0, lasting employment alone",
      "0, 1, 0, 0, 0, 0, 0, 0, 1, 0.0, 100.0, 100.0, transition employment alone",
      "0, 0, 1, 0, 0, 0, 0, 0, 1, 0.0, 100.0, 100.0, positive exit alone",
      "0, 0, 0, 1, 0, 0, 0, 0, 1, 0.0, 0.0, 0.0, unemployed alone: stays in the variant's base",
      "0, 0, 0, 0, 1, 0, 0, 0, 1, 0.0, 0.0, null, inactive alone: out of the variant's base",
      "0, 0, 0, 0, 0, 1, 0, 0, 1, 0.0, 0.0, null, no news alone",
      "0, 0, 0, 0, 0, 0, 1, 0, 1, 0.0, 0.0, null, other known situation alone",
      "0, 0, 0, 0, 0, 0, 0, 1, 0, null, null, null, withdrawn alone",
      "5, 4, 3, 4, 2, 1, 1, 3, 20, 25.0, 60.0, 75.0, the national reference met exactly",
      "1, 0, 0, 0, 0, 0, 0, 7, 1, 100.0, 100.0, 100.0, withdrawn exits are not examined",
      "1, 1, 1, 3, 1, 1, 1, 0, 9, 11.1, 33.3, 50.0, a mixed year",
      "1, 0, 0, 7, 0, 0, 0, 0, 8, 12.5, 12.5, 12.5, half up at the second decimal (12.5 exactly)",
      "1, 0, 0, 15, 0, 0, 0, 0, 16, 6.3, 6.3, 6.3, half up (6.25 gives 6.3)",
  })
  void computesTheThreeRates(int durable, int transition, int positive, int unemployed, int inactive, int noNews,
      int otherKnown, int withdrawn, int examined, String durableRate, String dynamicRate, String variant,
      String description) {
    ExitRates rates = ExitRates.of(ExitCounts.of(durable, transition, positive, unemployed, inactive, noNews,
        otherKnown, withdrawn));

    assertThat(rates.examinedExits()).isEqualTo(examined);
    assertThat(rates.durableRate()).isEqualTo(rate(durableRate));
    assertThat(rates.dynamicRate()).isEqualTo(rate(dynamicRate));
    assertThat(rates.dynamicRateNetworkVariant()).isEqualTo(rate(variant));
  }

  private static Map<String, Object> counts(Object... values) {
    String[] names = {"exitsDurable", "exitsTransition", "exitsPositive", "exitsUnemployed", "exitsInactive",
        "exitsNoNews", "exitsOtherKnown", "exitsWithdrawn"};
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < names.length && i < values.length; i++) {
      map.put(names[i], values[i]);
    }
    return map;
  }

  @Test
  void readsCountsFromAFormAndRefusesNegativeOrMissingOnes() {
    ExitCounts counts = ExitCounts.from(new FormValues(counts(1, 2, 3, 4, 5, 6, 7, 8)::get));
    assertThat(counts.total()).isEqualTo(36);
    assertThat(counts.examined()).isEqualTo(28);

    assertThatThrownBy(() -> ExitCounts.from(new FormValues(counts(1, -2, 3, 4, 5, 6, 7, 8)::get)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Emploi de transition").hasMessageContaining("négatif");
    assertThatThrownBy(() -> ExitCounts.from(new FormValues(counts(1, 2, 3, 4, 5, 6, 7)::get)))
        .hasMessageContaining("Retrait des sorties").hasMessageContaining("obligatoire");
    assertThatThrownBy(() -> ExitCounts.from(new FormValues(counts(1.5, 2, 3, 4, 5, 6, 7, 8)::get)))
        .hasMessageContaining("nombre entier");
  }
}
