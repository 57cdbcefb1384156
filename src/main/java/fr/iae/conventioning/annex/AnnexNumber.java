package fr.iae.conventioning.annex;

import fr.iae.conventioning.shared.InvalidInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An annex's number as the payment agency (ASP) writes it: {@code A<n>M<m>}, {@code n} the convention's year from 0,
 * {@code m} the amendment of that year's annex from 0 ({@code A0M0} the first annex, {@code A1M0} the next year's,
 * {@code A1M1} an amendment of it).
 */
public record AnnexNumber(int year, int amendment) {

  private static final Pattern FORMAT = Pattern.compile("A(\\d{1,2})M(\\d{1,2})");

  public AnnexNumber {
    if (year < 0 || amendment < 0) {
      throw new IllegalArgumentException("An annex number counts from 0: A" + year + "M" + amendment);
    }
  }

  public static AnnexNumber first(int year) {
    return new AnnexNumber(year, 0);
  }

  public static AnnexNumber parse(String text) {
    Matcher matcher = text == null ? null : FORMAT.matcher(text.trim().toUpperCase());
    if (matcher == null || !matcher.matches()) {
      throw new InvalidInputException("« " + text + " » n'est pas un numéro d'annexe financière : il s'écrit A<année>M<avenant>,"
          + " par exemple A0M0 ou A1M1.");
    }
    return new AnnexNumber(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
  }

  /** The amendment that follows this annex. */
  public AnnexNumber nextAmendment() {
    return new AnnexNumber(year, amendment + 1);
  }

  @Override
  public String toString() {
    return "A" + year + "M" + amendment;
  }
}
