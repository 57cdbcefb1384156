package fr.iae.conventioning.deadline;

import fr.iae.conventioning.convention.ConventioningProcess;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;

/**
 * Due dates, reminders and escalations of user tasks, for the engine: BPMN timers call
 * {@code ${taskDeadlines.reminderAt(execution)}} and {@code ${taskDeadlines.escalationAt(execution)}}; the
 * task-created listener sets the due date from {@link #dueDate}. A user task whose BPMN declares its own
 * {@code camunda:dueDate} (an expression giving a {@link Date}) keeps it, and its timers follow it.
 */
public class TaskDeadlines {

  private final DeadlinePolicy policy;
  private final Clock clock;

  public TaskDeadlines(DeadlinePolicy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
  }

  public Date dueDate(DelegateExecution execution) {
    return Date.from(due(execution).toInstant());
  }

  public Date reminderAt(DelegateExecution execution) {
    return Date.from(policy.reminder(due(execution), department(execution), clock.instant()).toInstant());
  }

  /**
   * The task's due date as it stands when the escalation's timer is created (by the reminder, possibly after a user
   * moved the due date); the due date the task will get when the timer is created with the task's scope.
   */
  public Date escalationAt(DelegateExecution execution) {
    for (TaskEntity task : ((ExecutionEntity) execution).getTasks()) {
      if (task.getDueDate() != null) {
        return task.getDueDate();
      }
    }
    return dueDate(execution);
  }

  private ZonedDateTime due(DelegateExecution execution) {
    Expression declared = declaredDueDate(execution);
    if (declared != null) {
      Object value = declared.getValue(execution);
      if (!(value instanceof Date date)) {
        throw new ProcessEngineException("The dueDate of user task '" + execution.getCurrentActivityId()
            + "' must be an expression giving a java.util.Date, got " + value);
      }
      return date.toInstant().atZone(policy.zone());
    }
    return policy.dueDate(execution.getCurrentActivityId(), department(execution), clock.instant());
  }

  private static String department(DelegateExecution execution) {
    Object department = execution.getVariable(ConventioningProcess.VAR_DEPARTMENT);
    return department == null ? null : department.toString();
  }

  private static Expression declaredDueDate(DelegateExecution execution) {
    ActivityImpl activity = ((ExecutionEntity) execution).getActivity();
    if (activity != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
      return userTask.getTaskDefinition().getDueDateExpression();
    }
    return null;
  }
}
