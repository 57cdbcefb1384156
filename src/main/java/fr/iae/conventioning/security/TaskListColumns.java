package fr.iae.conventioning.security;

import fr.iae.conventioning.engine.TaskCreationStep;
import fr.iae.conventioning.engine.TaskVariableCopies;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The columns of the Tasklist filters (convention, structure) are copied onto each new task as task variables:
 * members of the task's groups may read a task's own variables, not those of the process instance, and should
 * not be given the whole instance to see which convention a task is about.
 */
@Component
@Order(5)
public class TaskListColumns implements TaskCreationStep, TaskVariableCopies {

  static final List<String> VARIABLES = List.of("reference", "structureName");

  @Override
  public Collection<String> copiedVariables() {
    return VARIABLES;
  }

  @Override
  public void onCreate(DelegateTask task) {
    for (String name : VARIABLES) {
      Object value = task.getVariable(name);
      if (value != null) {
        task.setVariableLocal(name, value);
      }
    }
  }
}
