package fr.iae.conventioning.deadline;

import fr.iae.conventioning.engine.TaskCreationStep;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Every new user task gets its due date in working days, unless its BPMN gives one. */
@Component
@Order(0)
public class DueDateStep implements TaskCreationStep {

  private final TaskDeadlines deadlines;

  public DueDateStep(TaskDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void onCreate(DelegateTask task) {
    if (task.getDueDate() == null) {
      task.setDueDate(deadlines.dueDate(task.getExecution()));
    }
  }
}
