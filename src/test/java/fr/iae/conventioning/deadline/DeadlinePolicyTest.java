package fr.iae.conventioning.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadlinePolicyTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private final DeadlinePolicy policy = new DeadlinePolicy(
      new DeadlineProperties(10, LocalTime.of(18, 0), 2, LocalTime.of(9, 0), Map.of("submitInsertionProject", 20)),
      new WorkingDayCalendar(), PARIS);

  private static ZonedDateTime paris(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, PARIS);
  }

  @Test
  void aTaskFallsDueItsConfiguredNumberOfWorkingDaysLaterAtTheDueTime() {
    assertThat(policy.dueDate("submitInsertionProject", "59", paris(2027, 3, 1, 10, 0).toInstant()))
        .isEqualTo(paris(2027, 3, 30, 18, 0));
    assertThat(policy.dueDate("aTaskNotListed", "59", paris(2027, 3, 1, 23, 30).toInstant()))
        .isEqualTo(paris(2027, 3, 15, 18, 0));
  }

  @Test
  void theReminderGoesTwoWorkingDaysBeforeInTheMorning() {
    ZonedDateTime due = paris(2027, 3, 30, 18, 0);
    assertThat(policy.reminder(due, "59", paris(2027, 3, 1, 10, 0).toInstant()))
        .isEqualTo(paris(2027, 3, 25, 9, 0));
  }

  @Test
  void aShortDeadlineGetsItsReminderHalfWay() {
    ZonedDateTime due = paris(2027, 3, 2, 18, 0);
    assertThat(policy.reminder(due, "59", paris(2027, 3, 1, 18, 0).toInstant()))
        .isEqualTo(paris(2027, 3, 2, 6, 0));
    assertThat(policy.reminder(due, "59", paris(2027, 3, 3, 8, 0).toInstant())).isEqualTo(due);
  }
}
