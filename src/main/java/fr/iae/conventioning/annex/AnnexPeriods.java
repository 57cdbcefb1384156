package fr.iae.conventioning.annex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * How a convention's period splits into yearly annexes: one per calendar year it touches, the first and the last
 * possibly part years. Each is priced on its months (whole months, and the days of a broken month as a fraction of
 * that month) at the unit amount of its own year.
 */
public final class AnnexPeriods {

  private AnnexPeriods() {}

  /** The annexes' periods of a convention beginning on {@code start} for {@code months} months. */
  public static List<Period> of(LocalDate start, int months) {
    LocalDate end = start.plusMonths(months);
    List<Period> periods = new ArrayList<>();
    LocalDate from = start;
    while (from.isBefore(end)) {
      LocalDate nextYear = LocalDate.of(from.getYear() + 1, 1, 1);
      LocalDate until = nextYear.isBefore(end) ? nextYear : end;
      periods.add(new Period(periods.size(), from, until.minusDays(1), monthsBetween(from, until)));
      from = until;
    }
    return periods;
  }

  /** The months from {@code from} (included) to {@code until} (excluded), to four decimals. */
  static BigDecimal monthsBetween(LocalDate from, LocalDate until) {
    long whole = ChronoUnit.MONTHS.between(from, until);
    LocalDate rest = from.plusMonths(whole);
    long days = ChronoUnit.DAYS.between(rest, until);
    BigDecimal fraction = days == 0 ? BigDecimal.ZERO
        : BigDecimal.valueOf(days).divide(BigDecimal.valueOf(rest.lengthOfMonth()), 4, RoundingMode.HALF_UP);
    return BigDecimal.valueOf(whole).add(fraction).setScale(4, RoundingMode.HALF_UP);
  }

  /**
   * The period of the annex of year {@code index} (0 for the first).
   *
   * @param last its last day, included
   */
  public record Period(int index, LocalDate first, LocalDate last, BigDecimal months) {

    /** The year whose unit amount prices the annex. */
    public int pricingYear() {
      return first.getYear();
    }
  }
}
