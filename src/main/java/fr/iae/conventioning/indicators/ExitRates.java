package fr.iae.conventioning.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The exit rates of the domain (docs/domain.md), in percent with one decimal, {@code null} when their base is 0 (shown as "—").
 *
 * <ul>
 *   <li>lasting-employment rate = DURABLE / SE;</li>
 *   <li>dynamic-exit rate = (DURABLE + TRANSITION + POSITIVE) / SE (the official rate);</li>
 *   <li>network variant = the same numerator over SE − INACTIVE − NO_NEWS − OTHER_KNOWN (the unemployed stay in
 *   the base), a complementary indicator proposed by the SIAE networks, never the official one.</li>
 * </ul>
 * where SE, the examined exits, are all exits but the withdrawn ones.
 */
public record ExitRates(int examinedExits, BigDecimal durableRate, BigDecimal dynamicRate,
    BigDecimal dynamicRateNetworkVariant) {

  /** The national reference over a convention's three years: 25 % lasting employment, 60 % dynamic exits. */
  public static final BigDecimal NATIONAL_DURABLE = new BigDecimal("25");
  public static final BigDecimal NATIONAL_DYNAMIC = new BigDecimal("60");

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  public static ExitRates of(ExitCounts counts) {
    int examined = counts.examined();
    int variantBase = examined - counts.get(ExitCategory.INACTIVE) - counts.get(ExitCategory.NO_NEWS)
        - counts.get(ExitCategory.OTHER_KNOWN);
    return new ExitRates(examined,
        percent(counts.get(ExitCategory.DURABLE), examined),
        percent(counts.dynamic(), examined),
        percent(counts.dynamic(), variantBase));
  }

  /** {@code part / base} in percent, one decimal, half up; {@code null} when the base is 0. */
  static BigDecimal percent(int part, int base) {
    if (base <= 0) {
      return null;
    }
    return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
  }
}
