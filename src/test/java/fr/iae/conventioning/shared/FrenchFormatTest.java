package fr.iae.conventioning.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class FrenchFormatTest {

  @Test
  void datesAsUsersReadThem() {
    assertThat(FrenchFormat.date(LocalDate.of(2027, 3, 12))).isEqualTo("12 mars 2027");
    assertThat(FrenchFormat.longDate(LocalDate.of(2027, 3, 15))).isEqualTo("lundi 15 mars 2027");
    assertThat(FrenchFormat.dateTime(ZonedDateTime.of(2027, 3, 15, 18, 0, 0, 0, ZoneId.of("Europe/Paris"))))
        .isEqualTo("lundi 15 mars 2027 à 18h00");
    assertThat(FrenchFormat.date(null)).isEqualTo("—");
    assertThat(FrenchFormat.date(LocalDate.of(2027, 1, 1))).isEqualTo("1er janvier 2027");
    assertThat(FrenchFormat.longDate(LocalDate.of(2027, 3, 1))).isEqualTo("lundi 1er mars 2027");
    assertThat(FrenchFormat.date(LocalDate.of(2027, 1, 11))).isEqualTo("11 janvier 2027");
  }

  @Test
  void amountsInEurosWithFrenchSeparators() {
    assertThat(FrenchFormat.euros(new BigDecimal("21096"))).isEqualTo("21\u00a0096,00\u00a0€");
    assertThat(FrenchFormat.euros(new BigDecimal("1234567.895"))).isEqualTo("1\u00a0234\u00a0567,90\u00a0€");
    assertThat(FrenchFormat.euros(BigDecimal.ZERO)).isEqualTo("0,00\u00a0€");
  }

  @Test
  void percentagesWithOneDecimalAndADashWhenUndefined() {
    assertThat(FrenchFormat.percent(66.66)).isEqualTo("66,7\u00a0%");
    assertThat(FrenchFormat.percent(null)).isEqualTo("—");
    assertThat(FrenchFormat.number(12.5, 2)).isEqualTo("12,5");
  }
}
