package fr.iae.conventioning.engine;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The typed command of one user task or start event: the only fields a user may send when completing it, each with
 * its type and limits. Its form shows these fields (a test compares both); everything else is refused before any
 * listener runs, by {@link UserInputGuard}. Fields the form only shows are declared {@link Field#shown()}: they
 * may come back unchanged, never changed.
 */
public record UserInput(String elementId, Map<String, Field> fields) {

  public UserInput {
    fields = Map.copyOf(fields);
  }

  public static UserInput of(String elementId, Field... fields) {
    Map<String, Field> byName = new LinkedHashMap<>();
    for (Field field : fields) {
      if (byName.put(field.name(), field) != null) {
        throw new IllegalArgumentException(elementId + " declares " + field.name() + " twice");
      }
    }
    return new UserInput(elementId, byName);
  }

  public Optional<Field> field(String name) {
    return Optional.ofNullable(fields.get(name));
  }

  /** What a field holds, as the forms send it. */
  public enum Kind {
    /** A String. */
    TEXT,
    /** A JSON number; {@link Field#integer()} when it must be whole. */
    NUMBER,
    /** true or false. */
    YES_NO,
    /** A String {@code yyyy-MM-dd}. */
    DATE,
    /** A String among {@link Field#values()}. */
    CHOICE,
    /** A JSON list of distinct Strings. */
    LIST
  }

  /**
   * One field: {@code label} names it in refusals as the form shows it; {@code maxLength} bounds a text (and each
   * item of a list). The business limits of a number (an FTE above 0, a rate up to 100) are the domain's rules:
   * here a number is only kept within what its column can hold, {@link #MAX_NUMBER}.
   */
  public record Field(String name, String label, Kind kind, boolean shown, int maxLength, boolean integer,
      List<String> values) {

    /** Beyond this, a number is a typing mistake or an attack: no amount, rate or count of the domain comes near. */
    public static final BigDecimal MAX_NUMBER = new BigDecimal("1000000000");

    public Field {
      values = List.copyOf(values);
    }

    public static Field text(String name, String label, int maxLength) {
      return new Field(name, label, Kind.TEXT, false, maxLength, false, List.of());
    }

    public static Field number(String name, String label) {
      return new Field(name, label, Kind.NUMBER, false, 0, false, List.of());
    }

    public static Field wholeNumber(String name, String label) {
      return new Field(name, label, Kind.NUMBER, false, 0, true, List.of());
    }

    public static Field yesNo(String name, String label) {
      return new Field(name, label, Kind.YES_NO, false, 0, false, List.of());
    }

    public static Field date(String name, String label) {
      return new Field(name, label, Kind.DATE, false, 10, false, List.of());
    }

    public static Field choice(String name, String label, List<String> values) {
      return new Field(name, label, Kind.CHOICE, false, 0, false, values);
    }

    public static <E extends Enum<E>> Field choice(String name, String label, Class<E> values) {
      return choice(name, label, java.util.Arrays.stream(values.getEnumConstants()).map(Enum::name).toList());
    }

    public static Field list(String name, String label, int maxItemLength) {
      return new Field(name, label, Kind.LIST, false, maxItemLength, false, List.of());
    }

    /** The same field, shown read-only by the form. */
    public Field shownOnly() {
      return new Field(name, label, kind, true, maxLength, integer, values);
    }
  }
}
