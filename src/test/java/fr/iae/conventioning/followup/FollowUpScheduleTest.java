package fr.iae.conventioning.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class FollowUpScheduleTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final LocalDate START = LocalDate.of(2027, 1, 1);
  private static final Instant STAGE_START = ZonedDateTime.of(2027, 3, 10, 14, 0, 0, 0, PARIS).toInstant();

  private static Instant paris(int year, int month, int day) {
    return ZonedDateTime.of(year, month, day, 0, 0, 0, 0, PARIS).toInstant();
  }

  @Test
  void yearlyReportsFromTheFirstDayWhileBeforeTheEnd() {
    FollowUpSchedule schedule = new FollowUpSchedule("P1Y", null, PARIS);

    assertThat(schedule.report(1, START, STAGE_START)).isEqualTo(paris(2028, 1, 1));
    assertThat(schedule.report(2, START, STAGE_START)).isEqualTo(paris(2029, 1, 1));
    assertThat(schedule.end(START, 36, STAGE_START)).isEqualTo(paris(2030, 1, 1));
    assertThat(schedule.reportBeforeEnd(2, START, 36, STAGE_START)).isTrue();
    assertThat(schedule.reportBeforeEnd(3, START, 36, STAGE_START)).isFalse();
    assertThat(schedule.reportBeforeEnd(1, START, 12, STAGE_START)).isFalse();
    assertThat(schedule.reportBeforeEnd(1, START, 13, STAGE_START)).isTrue();
  }

  @Test
  void halfYearlyReports() {
    FollowUpSchedule schedule = new FollowUpSchedule("P6M", null, PARIS);

    assertThat(schedule.report(3, START, STAGE_START)).isEqualTo(paris(2028, 7, 1));
    assertThat(schedule.reportBeforeEnd(3, START, 24, STAGE_START)).isTrue();
    assertThat(schedule.reportBeforeEnd(4, START, 24, STAGE_START)).isFalse();
  }

  @Test
  void aDemonstrationCountsFromWhenStageFourBegins() {
    FollowUpSchedule schedule = new FollowUpSchedule("PT10M", Duration.ofMinutes(25), PARIS);

    assertThat(schedule.report(1, START, STAGE_START)).isEqualTo(STAGE_START.plusSeconds(600));
    assertThat(schedule.report(2, START, STAGE_START)).isEqualTo(STAGE_START.plusSeconds(1200));
    assertThat(schedule.end(START, 36, STAGE_START)).isEqualTo(STAGE_START.plusSeconds(1500));
    assertThat(schedule.reportBeforeEnd(2, START, 36, STAGE_START)).isTrue();
    assertThat(schedule.reportBeforeEnd(3, START, 36, STAGE_START)).isFalse();
  }

  @Test
  void aWrongPeriodIsExplainedAtStartUp() {
    assertThatThrownBy(() -> new FollowUpSchedule("tous les ans", null, PARIS))
        .hasMessageContaining("conventioning.follow-up.period");
  }
}
