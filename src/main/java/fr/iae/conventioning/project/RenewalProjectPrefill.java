package fr.iae.conventioning.project;

import static fr.iae.conventioning.project.InsertionProjectProcess.*;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionService;
import fr.iae.conventioning.convention.ProjectContent;
import fr.iae.conventioning.engine.TaskCreationStep;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A renewed convention's first project starts from the previous convention's last project: the structure edits its
 * four axes instead of retyping them, and the FTE are the renewal decision's when it proposed some.
 */
@Component
@Order(20)
class RenewalProjectPrefill implements TaskCreationStep {

  private final ConventionService conventions;
  private final ProjectService projects;

  RenewalProjectPrefill(ConventionService conventions, ProjectService projects) {
    this.conventions = conventions;
    this.projects = projects;
  }

  @Override
  public void onCreate(DelegateTask task) {
    if (!"submitInsertionProject".equals(task.getTaskDefinitionKey()) || task.getVariable(VAR_AXIS_RECEPTION) != null
        || !(task.getVariable("reference") instanceof String reference)) {
      return;
    }
    Convention convention = conventions.find(reference);
    Convention previous = convention.getPreviousConvention();
    if (previous == null) {
      return;
    }
    projects.latest(previous.getId()).ifPresent(project -> prefill(task.getExecution(), project, convention));
  }

  private static void prefill(DelegateExecution execution, ProjectContent project, Convention convention) {
    execution.setVariable(VAR_AXIS_RECEPTION, project.axisReception());
    execution.setVariable(VAR_AXIS_SUPPORT, project.axisSupport());
    execution.setVariable(VAR_AXIS_TRAINING, project.axisTraining());
    execution.setVariable(VAR_AXIS_TERRITORY, project.axisTerritory());
    if (execution.getVariable(VAR_REQUESTED_FTE) == null) {
      execution.setVariable(VAR_REQUESTED_FTE, (convention.getProposedFte() != null ? convention.getProposedFte()
          : project.requestedFte()).doubleValue());
    }
  }
}
