package fr.iae.conventioning.workspace;

import fr.iae.conventioning.engine.AsApplication;
import fr.iae.conventioning.security.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The open tasks of conventions the viewer may already see, whoever holds them: the workspace shows whose turn it
 * is. Read as the application (the viewer's task permissions would hide the other parties' tasks); the candidate
 * groups come in one query of the engine's identity links instead of one call per task.
 */
@Component
class OpenTasks {

  /** IN lists of at most this many values, which every database takes. */
  private static final int CHUNK = 500;

  private final TaskService taskService;
  private final IdentityService identityService;
  private final NamedParameterJdbcTemplate jdbc;

  OpenTasks(TaskService taskService, IdentityService identityService, NamedParameterJdbcTemplate jdbc) {
    this.taskService = taskService;
    this.identityService = identityService;
    this.jdbc = jdbc;
  }

  /** The open tasks by convention reference, earliest due date first. */
  Map<String, List<OpenTask>> byReference(Collection<String> references) {
    List<String> keys = List.copyOf(new LinkedHashSet<>(references));
    List<Task> tasks = new ArrayList<>();
    for (int from = 0; from < keys.size(); from += CHUNK) {
      List<String> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
      tasks.addAll(AsApplication.call(identityService, () -> taskService.createTaskQuery()
          .processInstanceBusinessKeyIn(chunk.toArray(String[]::new)).orderByDueDate().asc().list()));
    }
    Map<String, Set<String>> groups = candidateGroups(tasks.stream().map(Task::getId).toList());
    Map<String, String> referenceOfInstance = businessKeys(tasks);
    Map<String, List<OpenTask>> result = new HashMap<>();
    for (Task task : tasks) {
      String reference = referenceOfInstance.get(task.getProcessInstanceId());
      if (reference == null) {
        continue;
      }
      Set<String> taskGroups = groups.getOrDefault(task.getId(), Set.of());
      Set<Actor> parties = new LinkedHashSet<>();
      taskGroups.forEach(group -> Actor.ofGroup(group).ifPresent(parties::add));
      result.computeIfAbsent(reference, key -> new ArrayList<>()).add(new OpenTask(task.getId(), task.getName(),
          reference, task.getDueDate() == null ? null : task.getDueDate().toInstant(), taskGroups, parties,
          task.getAssignee()));
    }
    return result;
  }

  private Map<String, Set<String>> candidateGroups(List<String> taskIds) {
    Map<String, Set<String>> groups = new HashMap<>();
    for (int from = 0; from < taskIds.size(); from += CHUNK) {
      MapSqlParameterSource parameters = new MapSqlParameterSource("ids",
          taskIds.subList(from, Math.min(taskIds.size(), from + CHUNK)));
      jdbc.query("select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = 'candidate'"
              + " and GROUP_ID_ is not null and TASK_ID_ in (:ids)", parameters,
          row -> {
            groups.computeIfAbsent(row.getString(1), key -> new LinkedHashSet<>()).add(row.getString(2));
          });
    }
    return groups;
  }

  /** Each task's process instance business key: the convention's reference, propagated to every stage. */
  private Map<String, String> businessKeys(List<Task> tasks) {
    Map<String, String> keys = new HashMap<>();
    List<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).distinct().toList();
    for (int from = 0; from < instanceIds.size(); from += CHUNK) {
      MapSqlParameterSource parameters = new MapSqlParameterSource("ids",
          instanceIds.subList(from, Math.min(instanceIds.size(), from + CHUNK)));
      jdbc.query("select ID_, BUSINESS_KEY_ from ACT_RU_EXECUTION where ID_ in (:ids)", parameters,
          row -> {
            keys.put(row.getString(1), row.getString(2));
          });
    }
    return keys;
  }

  /** A task as the workspace shows it. */
  record OpenTask(String id, String name, String reference, Instant due, Set<String> groups, Set<Actor> parties,
      String assignee) {

    boolean overdue(Instant now) {
      return due != null && due.isBefore(now);
    }

    /** Whether this user may take the task: one of their groups is a candidate, or it is theirs. */
    boolean forUser(String userId, Collection<String> userGroups) {
      return userId.equals(assignee) || groups.stream().anyMatch(userGroups::contains);
    }
  }
}
