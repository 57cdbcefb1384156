package fr.iae.conventioning.notification;

import fr.iae.conventioning.convention.ConventioningProcess;
import fr.iae.conventioning.engine.TaskCreationStep;
import fr.iae.conventioning.engine.TaskTimeout;
import fr.iae.conventioning.notification.MailMessage.Recipient;
import fr.iae.conventioning.security.Actor;
import fr.iae.conventioning.shared.ConventioningProperties;
import fr.iae.conventioning.shared.FrenchFormat;
import fr.iae.conventioning.structure.Department;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * E-mails about user tasks, for every task of every process: when it is created (to its assignee and the members
 * of its candidate groups), when its reminder fires, and when its due date has passed (also to the State service
 * of the département). The two timeouts are added to every user task by the engine plugin ({@link #REMINDER},
 * {@link #ESCALATION}); their moments come from the task's deadline. The escalation's timer is created when the
 * reminder fires, so that an open task waits on one job, not two.
 */
@Component
@Order(10)
public class TaskNotifications implements TaskCreationStep {

  public static final String TASK_CREATED = "task-created";
  public static final String TASK_REMINDER = "task-reminder";
  public static final String TASK_ESCALATION = "task-escalation";

  /**
   * Part of every definition deployed since release 0.1.0, which wrote the same ids and expressions in its BPMN
   * files: the engine adds them again each time it parses a definition, and jobs in flight carry the ids. Never
   * change one; add a timeout of a new id instead (docs/upgrading.md).
   */
  public static final TaskTimeout REMINDER = new TaskTimeout("reminder", "${taskDeadlines.reminderAt(execution)}",
      "${taskReminderListener}");
  public static final TaskTimeout ESCALATION = new TaskTimeout("escalation", "${taskDeadlines.escalationAt(execution)}",
      "${taskEscalationListener}", REMINDER.id());

  private final Outbox outbox;
  private final Recipients recipients;
  private final MailProperties mail;
  private final ConventioningProperties conventioning;
  private final Clock clock;

  public TaskNotifications(Outbox outbox, Recipients recipients, MailProperties mail,
      ConventioningProperties conventioning, Clock clock) {
    this.outbox = outbox;
    this.recipients = recipients;
    this.mail = mail;
    this.conventioning = conventioning;
    this.clock = clock;
  }

  @Override
  public void onCreate(DelegateTask task) {
    if (mail.announces(task.getTaskDefinitionKey())) {
      outbox.write(TASK_CREATED + ":" + task.getId(), recipientsOf(task, false), TASK_CREATED, model(task));
    }
  }

  public void remind(DelegateTask task) {
    if (task.getDueDate() != null && !task.getDueDate().toInstant().isAfter(clock.instant())) {
      return; // the due date has passed: the escalation speaks now
    }
    outbox.write(TASK_REMINDER + ":" + task.getId(), recipientsOf(task, false), TASK_REMINDER, model(task));
  }

  public void escalate(DelegateTask task) {
    outbox.write(TASK_ESCALATION + ":" + task.getId(), recipientsOf(task, true), TASK_ESCALATION, model(task));
  }

  private List<Recipient> recipientsOf(DelegateTask task, boolean withStateService) {
    Set<String> users = new TreeSet<>();
    Set<String> groups = new TreeSet<>();
    if (task.getAssignee() != null) {
      users.add(task.getAssignee());
    }
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (link.getUserId() != null) {
          users.add(link.getUserId());
        }
        if (link.getGroupId() != null) {
          groups.add(link.getGroupId());
        }
      }
    }
    Object department = task.getVariable(ConventioningProcess.VAR_DEPARTMENT);
    if (withStateService && department != null) {
      groups.add(Actor.STATE.group(department.toString()));
    }
    return recipients.of(users, groups);
  }

  private Map<String, Object> model(DelegateTask task) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("taskName", task.getName());
    model.put("taskDescription", task.getDescription() == null ? "" : task.getDescription());
    model.put("reference", text(task.getVariable(ConventioningProcess.VAR_REFERENCE)));
    model.put("structureName", text(task.getVariable(ConventioningProcess.VAR_STRUCTURE_NAME)));
    Object department = task.getVariable(ConventioningProcess.VAR_DEPARTMENT);
    model.put("departmentName", department == null ? "" : Department.name(department.toString()) + " (" + department + ")");
    ZonedDateTime due = task.getDueDate() == null ? null : task.getDueDate().toInstant().atZone(conventioning.zone());
    model.put("dueDate", due == null ? "" : FrenchFormat.longDate(due.toLocalDate()));
    model.put("dueDateTime", due == null ? "" : FrenchFormat.dateTime(due));
    model.put("taskUrl", conventioning.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + task.getId());
    model.put("assignee", task.getAssignee() == null ? "" : task.getAssignee());
    Object reference = task.getVariable(ConventioningProcess.VAR_REFERENCE);
    model.put("conventionUrl", reference == null ? "" : conventioning.baseUrl() + "/espace/conventions/" + reference);
    model.put("returnedBecause", returnedBecause(task));
    return model;
  }

  /**
   * Why the file comes back to its author, when this task is a return: the State service's comment on an
   * incomplete project, the structure's reasons for refusing an annex, its counter-proposal to the objectives.
   */
  static String returnedBecause(DelegateTask task) {
    Object reason = switch (task.getTaskDefinitionKey() == null ? "" : task.getTaskDefinitionKey()) {
      case "submitInsertionProject" -> Boolean.FALSE.equals(task.getVariable("applicationComplete"))
          ? task.getVariable("reviewComment") : null;
      case "proposeAnnex" -> task.getVariable("annexSentBack");
      case "proposeObjectives" -> Boolean.FALSE.equals(task.getVariable("objectivesAccepted"))
          ? task.getVariable("counterProposal") : null;
      default -> null;
    };
    return reason == null || reason.toString().isBlank() ? "" : reason.toString().strip();
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  /** The timeout listeners of every user task, and the beans they call. */
  @Configuration
  static class TimeoutListeners {

    @Bean
    @Order(1)
    TaskTimeout reminderTimeout() {
      return REMINDER;
    }

    @Bean
    @Order(2)
    TaskTimeout escalationTimeout() {
      return ESCALATION;
    }

    @Bean("taskReminderListener")
    TaskListener taskReminderListener(TaskNotifications notifications) {
      return notifications::remind;
    }

    @Bean("taskEscalationListener")
    TaskListener taskEscalationListener(TaskNotifications notifications) {
      return notifications::escalate;
    }
  }
}
