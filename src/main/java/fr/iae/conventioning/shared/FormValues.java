package fr.iae.conventioning.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the values a form or a REST client sent, whatever their JSON type, and refuses the missing and the
 * malformed with a French message naming the field as the user sees it.
 */
public final class FormValues {

  private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
      .withResolverStyle(ResolverStyle.STRICT);

  private final Function<String, Object> values;

  public FormValues(Function<String, Object> values) {
    this.values = values;
  }

  public Object raw(String name) {
    return values.apply(name);
  }

  public String text(String name, String label) {
    String value = optionalText(name);
    if (value == null) {
      throw new InvalidInputException("Le champ « " + label + " » est obligatoire.");
    }
    return value;
  }

  /** The trimmed text, or null when absent or blank; refused when longer than {@code maxLength}. */
  public String optionalText(String name, String label, int maxLength) {
    String text = optionalText(name);
    if (text != null && text.length() > maxLength) {
      throw new InvalidInputException("Le champ « " + label + " » ne doit pas dépasser " + maxLength + " caractères.");
    }
    return text;
  }

  /** The trimmed text, required: {@code whenMissing} says what the user must write. */
  public String text(String name, String label, int maxLength, String whenMissing) {
    String text = optionalText(name, label, maxLength);
    if (text == null) {
      throw new InvalidInputException(whenMissing);
    }
    return text;
  }

  /** The trimmed text, or null when absent or blank. */
  public String optionalText(String name) {
    Object value = raw(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  public double decimal(String name, String label) {
    Double value = optionalDecimal(name, label);
    if (value == null) {
      throw new InvalidInputException("Le champ « " + label + " » est obligatoire.");
    }
    return value;
  }

  public Double optionalDecimal(String name, String label) {
    Object value = raw(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    double number;
    if (value instanceof Number n) {
      number = n.doubleValue();
    } else {
      try {
        number = Double.parseDouble(value.toString().trim().replace(',', '.'));
      } catch (NumberFormatException e) {
        throw new InvalidInputException("Le champ « " + label + " » doit être un nombre (reçu : « " + value + " »).");
      }
    }
    if (Double.isNaN(number) || Double.isInfinite(number)) {
      throw new InvalidInputException("Le champ « " + label + " » doit être un nombre (reçu : « " + value + " »).");
    }
    return number;
  }

  /**
   * A number of FTE, rounded to two decimals: above 0, or at least 0 when {@code zeroAllowed}, and at most
   * {@code max} (more is taken for a typing mistake).
   */
  public BigDecimal fte(String name, String label, boolean zeroAllowed, BigDecimal max) {
    BigDecimal fte = BigDecimal.valueOf(decimal(name, label)).setScale(2, RoundingMode.HALF_UP);
    if (zeroAllowed ? fte.signum() < 0 : fte.signum() <= 0) {
      throw new InvalidInputException("Le nombre d'" + label + (zeroAllowed ? " ne peut pas être négatif."
          : " doit être supérieur à 0."));
    }
    if (fte.compareTo(max) > 0) {
      throw new InvalidInputException("Le nombre d'" + label + " (" + FrenchFormat.number(fte, 2) + ") dépasse "
          + FrenchFormat.number(max, Math.max(0, max.stripTrailingZeros().scale())) + " : vérifiez la saisie.");
    }
    return fte;
  }

  /**
   * One of the constants of a closed list, by its name: {@code missing} when nothing was chosen, {@code unknown}
   * (a format with {@code %s} for the value received) when the value is not in the list.
   */
  public <E extends Enum<E>> E choice(String name, Class<E> type, String missing, String unknown) {
    return choice(name, List.of(type.getEnumConstants()), missing, unknown);
  }

  /** The same, among some constants of a list only (a form that offers part of it). */
  public <E extends Enum<E>> E choice(String name, List<E> choices, String missing, String unknown) {
    String text = optionalText(name);
    if (text == null) {
      throw new InvalidInputException(missing);
    }
    for (E constant : choices) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw new InvalidInputException(String.format(unknown, text));
  }

  public int integer(String name, String label) {
    Object value = raw(name);
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException("Le champ « " + label + " » est obligatoire.");
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      long number = ((Number) value).longValue();
      if (number > Integer.MAX_VALUE || number < Integer.MIN_VALUE) {
        throw new InvalidInputException("Le champ « " + label + " » est hors limites (reçu : « " + value + " »).");
      }
      return (int) number;
    }
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
        && Math.abs(n.doubleValue()) < Integer.MAX_VALUE) {
      return (int) n.doubleValue();
    }
    try {
      return Integer.parseInt(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("Le champ « " + label + " » doit être un nombre entier (reçu : « " + value + " »).");
    }
  }

  public boolean bool(String name, String label) {
    Object value = raw(name);
    if (value instanceof Boolean b) {
      return b;
    }
    if (value != null) {
      String text = value.toString().trim().toLowerCase();
      if (text.equals("true") || text.equals("false")) {
        return Boolean.parseBoolean(text);
      }
    }
    throw new InvalidInputException("Le champ « " + label + " » est obligatoire : répondez par oui ou par non.");
  }

  public LocalDate date(String name, String label) {
    Object value = raw(name);
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException("Le champ « " + label + " » est obligatoire.");
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    try {
      return LocalDate.parse(value.toString().trim(), ISO_DATE);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("Le champ « " + label + " » doit être une date au format AAAA-MM-JJ (reçu : « "
          + value + " »).");
    }
  }
}
