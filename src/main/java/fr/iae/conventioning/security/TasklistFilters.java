package fr.iae.conventioning.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The task filters everyone shares in Tasklist, created at start-up when missing. The columns show which
 * convention and structure a task is about.
 */
@Component
public class TasklistFilters {

  private static final Logger LOG = LoggerFactory.getLogger(TasklistFilters.class);

  public static final String MY_TASKS = "Mes tâches";
  public static final String TEAM_TASKS = "Tâches de mon équipe";
  public static final String OVERDUE_TASKS = "Tâches en retard";

  private final FilterService filterService;
  private final TaskService taskService;
  private final TasklistAccess access;

  public TasklistFilters(FilterService filterService, TaskService taskService, TasklistAccess access) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.access = access;
  }

  @EventListener
  @Order(0)
  public void onReady(ApplicationReadyEvent event) {
    // the team's tasks come first: Tasklist opens on the first filter, and a party's tasks wait for its group
    ensure(MY_TASKS, "Les tâches que vous avez prises", 0,
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    ensure(TEAM_TASKS, "Les tâches de votre structure ou de votre service, à prendre ou déjà prises", -10,
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .orderByDueDate().asc());
    ensure(OVERDUE_TASKS, "Les tâches de vos groupes dont l'échéance est passée", 10,
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .dueBeforeExpression("${now()}").orderByDueDate().asc());
    access.grantEveryone();
    int removed = access.removeEarlierGroupGrants();
    if (removed > 0) {
      LOG.info("Tasklist access now granted to everyone: {} rows of earlier releases' group grants removed", removed);
    }
  }

  private void ensure(String name, String description, int priority, TaskQuery query) {
    Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      // filters created by v0.2.0 and before: the order and descriptions of today
      Map<String, Object> properties = new LinkedHashMap<>(existing.getProperties());
      if (!Integer.valueOf(priority).equals(properties.get("priority"))
          || !description.equals(properties.get("description"))) {
        properties.put("priority", priority);
        properties.put("description", description);
        filterService.saveFilter(existing.setProperties(properties));
      }
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("variables", List.of(
        Map.of("name", TaskListColumns.VARIABLES.get(0), "label", "Convention"),
        Map.of("name", TaskListColumns.VARIABLES.get(1), "label", "Structure")));
    Filter filter = filterService.newTaskFilter(name).setProperties(properties).setQuery(query);
    filterService.saveFilter(filter);
  }
}
