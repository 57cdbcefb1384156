package fr.iae.conventioning.engine;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.iae.conventioning.engine.UserInput.Field;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.spin.Spin;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What each kind of field takes, as the forms send it, and the French sentence for the rest. */
class UserInputGuardTest {

  private static final Field TEXT = Field.text("axis", "Axe 1", 10);
  private static final Field NUMBER = Field.number("fte", "ETP");
  private static final Field WHOLE = Field.wholeNumber("exits", "Sorties");
  private static final Field YES_NO = Field.yesNo("signed", "Signez-vous ?");
  private static final Field DATE = Field.date("date", "Date de la séance");
  private static final Field CHOICE = Field.choice("opinion", "Avis", List.of("FAVORABLE", "UNFAVORABLE"));
  private static final Field LIST = Field.list("funders", "Financeurs", 8);

  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of(TEXT, "Accueil"),
        Arguments.of(TEXT, null),
        Arguments.of(NUMBER, 12.5),
        Arguments.of(NUMBER, 12),
        Arguments.of(NUMBER, 999_999_999L),
        Arguments.of(NUMBER, new BigDecimal("999999999.99")),
        Arguments.of(WHOLE, 3),
        Arguments.of(WHOLE, 3.0),
        Arguments.of(YES_NO, false),
        Arguments.of(DATE, "2027-03-12"),
        Arguments.of(CHOICE, "NEUTRAL"),
        Arguments.of(LIST, Spin.JSON("[\"cd59\", \"region\"]")),
        Arguments.of(LIST, List.of("cd59")));
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of(TEXT, 42, "« Axe 1 » doit être un texte"),
        Arguments.of(TEXT, "Accueil collectif", "ne doit pas dépasser 10 caractères"),
        Arguments.of(NUMBER, "12,5", "« ETP » doit être un nombre"),
        Arguments.of(NUMBER, true, "doit être un nombre"),
        Arguments.of(NUMBER, 1e300, "trop grand"),
        Arguments.of(NUMBER, Double.NaN, "doit être un nombre"),
        Arguments.of(WHOLE, 2.5, "nombre entier"),
        Arguments.of(WHOLE, "trois", "nombre entier"),
        Arguments.of(YES_NO, "true", "oui ou non"),
        Arguments.of(DATE, "12/03/2027", "AAAA-MM-JJ"),
        Arguments.of(DATE, "2027-02-30", "AAAA-MM-JJ"),
        Arguments.of(CHOICE, 1, "l'une des valeurs proposées"),
        Arguments.of(LIST, "cd59", "liste JSON"),
        Arguments.of(LIST, Spin.JSON("{\"cd59\": 1}"), "liste JSON"),
        Arguments.of(LIST, Spin.JSON("[\"cd59\", \"cd59\"]"), "« cd59 » deux fois"),
        Arguments.of(LIST, Spin.JSON("[1]"), "que des codes"),
        Arguments.of(LIST, Spin.JSON("[\"un-code-bien-trop-long\"]"), "que des codes"));
  }

  @ParameterizedTest
  @MethodSource
  void accepted(Field field, Object value) {
    assertThatCode(() -> UserInputGuard.checkValue(field, value)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @MethodSource
  void refused(Field field, Object value, String message) {
    assertThatThrownBy(() -> UserInputGuard.checkValue(field, value))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(message)
        .hasMessageContaining("« " + field.label() + " »");
  }
}
