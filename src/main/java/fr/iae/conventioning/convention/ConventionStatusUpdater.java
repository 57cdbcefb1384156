package fr.iae.conventioning.convention;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Used from BPMN as {@code ${conventionStatus.set(execution, 'OBJECTIVES')}} when a stage begins or ends. */
@Component("conventionStatus")
public class ConventionStatusUpdater {

  private final ConventionService conventions;

  public ConventionStatusUpdater(ConventionService conventions) {
    this.conventions = conventions;
  }

  public void set(DelegateExecution execution, String status) {
    conventions.changeStatus(execution.getProcessBusinessKey(), ConventionStatus.valueOf(status));
  }
}
