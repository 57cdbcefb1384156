package fr.iae.conventioning.followup;

import fr.iae.conventioning.annex.AnnexPeriods;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * When the n-th periodic report and the final report are due: every period from the convention's first day while
 * before its end, and the final report when the convention ends (the day after its last day, at midnight).
 * For demonstrations, both can be counted from when stage 4 began instead. The yearly cycle of the annual annexes
 * begins with each annex's period instead ({@link #annexCycle}).
 */
public final class FollowUpSchedule {

  private final Period period;
  private final Duration shortPeriod;
  private final Duration finalReportAfter;
  private final ZoneId zone;

  public FollowUpSchedule(String period, Duration finalReportAfter, ZoneId zone) {
    String text = period.trim().toUpperCase();
    if (text.startsWith("PT")) {
      this.period = null;
      this.shortPeriod = parse(text, Duration::parse);
    } else {
      this.period = parse(text, Period::parse);
      this.shortPeriod = null;
    }
    this.finalReportAfter = finalReportAfter;
    this.zone = zone;
  }

  /** When the n-th periodic report (n from 1) is asked. */
  public Instant report(int n, LocalDate start, Instant stageStart) {
    if (finalReportAfter != null) {
      return stageStart.plus(step().multipliedBy(n));
    }
    if (period != null) {
      return start.plus(period.multipliedBy(n)).atStartOfDay(zone).toInstant();
    }
    return start.atStartOfDay(zone).toInstant().plus(shortPeriod.multipliedBy(n));
  }

  /** When the final report is asked: the end of the convention. */
  public Instant end(LocalDate start, int months, Instant stageStart) {
    if (finalReportAfter != null) {
      return stageStart.plus(finalReportAfter);
    }
    return start.plusMonths(months).atStartOfDay(zone).toInstant();
  }

  /** Whether the n-th periodic report comes before the final report (otherwise the final report replaces it). */
  public boolean reportBeforeEnd(int n, LocalDate start, int months, Instant stageStart) {
    return report(n, start, stageStart).isBefore(end(start, months, stageStart));
  }

  /**
   * When the yearly cycle that prepares the n-th annex (n from 1) begins: the first day of that annex's period, the
   * report then covering the year just ended. For demonstrations, every period from when stage 4 began.
   */
  public Instant annexCycle(int n, LocalDate start, int months, Instant stageStart) {
    if (finalReportAfter != null || period == null) {
      return report(n, start, stageStart);
    }
    return AnnexPeriods.of(start, months).get(n).first().atStartOfDay(zone).toInstant();
  }

  /** Whether the convention has an n-th annex to prepare (n from 1) before its end. */
  public boolean annexAhead(int n, LocalDate start, int months, Instant stageStart) {
    return n < AnnexPeriods.of(start, months).size()
        && annexCycle(n, start, months, stageStart).isBefore(end(start, months, stageStart));
  }

  private Duration step() {
    if (shortPeriod != null) {
      return shortPeriod;
    }
    return Duration.ofDays(period.toTotalMonths() * 30 + period.getDays());
  }

  private static <T> T parse(String text, java.util.function.Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("conventioning.follow-up.period must be an ISO-8601 period (P1Y, P6M) or"
          + " duration (PT10M), not " + text, e);
    }
  }
}
