package fr.iae.conventioning.deadline;

import java.time.LocalTime;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long people have for each task, in French working days.
 *
 * @param defaultWorkingDays for a task not listed in {@code tasks}
 * @param dueTime the hour of the last day at which a task falls due
 * @param reminderWorkingDaysBefore how many working days before the due date the reminder goes
 * @param reminderTime the hour reminders go at
 * @param tasks working days per task id, e.g. {@code submitInsertionProject: 20}
 */
@ConfigurationProperties("conventioning.deadlines")
public record DeadlineProperties(
    @DefaultValue("10") int defaultWorkingDays,
    @DefaultValue("18:00") LocalTime dueTime,
    @DefaultValue("2") int reminderWorkingDaysBefore,
    @DefaultValue("09:00") LocalTime reminderTime,
    @DefaultValue Map<String, Integer> tasks) {

  public int workingDaysFor(String taskId) {
    return tasks == null ? defaultWorkingDays : tasks.getOrDefault(taskId, defaultWorkingDays);
  }
}
