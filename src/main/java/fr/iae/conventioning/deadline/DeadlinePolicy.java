package fr.iae.conventioning.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** When a task falls due and when its reminder goes, in working days of the convention's département. */
public class DeadlinePolicy {

  private final DeadlineProperties properties;
  private final WorkingDayCalendar calendar;
  private final ZoneId zone;

  public DeadlinePolicy(DeadlineProperties properties, WorkingDayCalendar calendar, ZoneId zone) {
    this.properties = properties;
    this.calendar = calendar;
    this.zone = zone;
  }

  /** The configured number of working days after the creation day, at the due time. */
  public ZonedDateTime dueDate(String taskId, String department, Instant createdAt) {
    LocalDate created = createdAt.atZone(zone).toLocalDate();
    LocalDate due = calendar.plusWorkingDays(created, properties.workingDaysFor(taskId), department);
    return due.atTime(properties.dueTime()).atZone(zone);
  }

  /**
   * The configured number of working days before the due date, in the morning. When that moment is already past
   * (a short deadline), the reminder goes half-way between now and the due date.
   */
  public ZonedDateTime reminder(ZonedDateTime due, String department, Instant now) {
    LocalDate day = calendar.minusWorkingDays(due.toLocalDate(), properties.reminderWorkingDaysBefore(), department);
    ZonedDateTime reminder = day.atTime(properties.reminderTime()).atZone(zone);
    if (reminder.toInstant().isAfter(now)) {
      return reminder;
    }
    if (!due.toInstant().isAfter(now)) {
      return due;
    }
    long halfway = (due.toInstant().toEpochMilli() - now.toEpochMilli()) / 2;
    return now.plusMillis(halfway).atZone(zone);
  }

  public ZoneId zone() {
    return zone;
  }
}
