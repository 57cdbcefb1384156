package fr.iae.conventioning.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and numbers as French users read them: "12 mars 2027", "lundi 15 mars 2027", "21 096,00 €". */
public final class FrenchFormat {

  public static final Locale FRENCH = Locale.FRANCE;

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", FRENCH);
  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", FRENCH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", FRENCH);
  // a plain no-break space as grouping separator: it prints in every font and PDF encoding
  private static final char NBSP = '\u00a0';

  private FrenchFormat() {}

  /** Lower case without accents, so that a search for "reinsertion" finds "Réinsertion". */
  public static String fold(String text) {
    return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(FRENCH);
  }

  public static String date(LocalDate date) {
    return date == null ? "—" : firstOfMonth(date, DATE.format(date));
  }

  public static String longDate(LocalDate date) {
    return date == null ? "—" : firstOfMonth(date, LONG_DATE.format(date));
  }

  /** "1er janvier 2027", as French writes the first day of a month. */
  private static String firstOfMonth(LocalDate date, String formatted) {
    return date.getDayOfMonth() == 1 ? formatted.replaceFirst("\\b1 ", "1er ") : formatted;
  }

  /** "lundi 15 mars 2027 à 18h00" */
  public static String dateTime(ZonedDateTime dateTime) {
    return dateTime == null ? "—" : longDate(dateTime.toLocalDate()) + " à " + TIME.format(dateTime);
  }

  /** "15 mars 2027 à 18h00" */
  public static String dateAndTime(ZonedDateTime dateTime) {
    return dateTime == null ? "—" : date(dateTime.toLocalDate()) + " à " + TIME.format(dateTime);
  }

  /** "21 096,00 €" */
  public static String euros(BigDecimal amount) {
    if (amount == null) {
      return "—";
    }
    return decimalFormat("#,##0.00").format(amount.setScale(2, RoundingMode.HALF_UP)) + NBSP + "€";
  }

  /** "12,5" — a number with at most the given decimals, French separators. */
  public static String number(Number value, int maxDecimals) {
    if (value == null) {
      return "—";
    }
    DecimalFormat format = decimalFormat("#,##0" + (maxDecimals > 0 ? "." + "#".repeat(maxDecimals) : ""));
    return format.format(value);
  }

  /** "25,0 %" or "—" when the rate is undefined. */
  public static String percent(Number value) {
    if (value == null) {
      return "—";
    }
    return decimalFormat("#,##0.0").format(value) + NBSP + "%";
  }

  private static DecimalFormat decimalFormat(String pattern) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(FRENCH);
    symbols.setGroupingSeparator(NBSP);
    symbols.setDecimalSeparator(',');
    DecimalFormat format = new DecimalFormat(pattern, symbols);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format;
  }
}
