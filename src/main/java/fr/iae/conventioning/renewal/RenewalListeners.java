package fr.iae.conventioning.renewal;

import static fr.iae.conventioning.engine.TaskContext.actingUser;
import static fr.iae.conventioning.engine.TaskContext.reference;
import static fr.iae.conventioning.renewal.RenewalProcess.*;

import fr.iae.conventioning.convention.ConventioningProcess;
import fr.iae.conventioning.engine.EngineErrors;
import fr.iae.conventioning.shared.FormValues;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Listeners and delegates of stage 5. */
@Configuration
class RenewalListeners {

  /** Reads the decision table's result into two plain variables and records the verdict. */
  @Bean("objectivesAttainmentListener")
  ExecutionListener objectivesAttainmentListener(RenewalService renewal) {
    return execution -> {
      Map<?, ?> attainment = (Map<?, ?>) execution.getVariable(VAR_ATTAINMENT);
      boolean met = Boolean.TRUE.equals(attainment.get(DMN_OBJECTIVES_MET));
      String explanation = attainment.get(DMN_EXPLANATION) == null ? null
          : attainment.get(DMN_EXPLANATION).toString();
      renewal.recordAttainment(execution.getProcessBusinessKey(), met, explanation);
      execution.setVariable(VAR_OBJECTIVES_MET, met);
      execution.setVariable(VAR_ATTAINMENT_EXPLANATION, explanation);
    };
  }

  @Bean("proposeReinforcementListener")
  TaskListener proposeReinforcementListener(RenewalService renewal) {
    return task -> {
      RenewalDecisionRecord decision = EngineErrors.refuseAsUserError(() -> renewal.proposeReinforcement(
          reference(task), new FormValues(task::getVariable), actingUser(task)));
      task.setVariable(VAR_PROPOSED_FTE, decision.getProposedFte().doubleValue());
    };
  }

  @Bean("submitCauseAnalysisListener")
  TaskListener submitCauseAnalysisListener(RenewalService renewal) {
    return task -> EngineErrors.refuseAsUserError(() -> renewal.recordCauses(reference(task),
        new FormValues(task::getVariable), actingUser(task)));
  }

  @Bean("definePreconisationsListener")
  TaskListener definePreconisationsListener(RenewalService renewal) {
    return task -> {
      RenewalDecisionRecord decision = EngineErrors.refuseAsUserError(() -> renewal.definePreconisations(
          reference(task), new FormValues(task::getVariable), actingUser(task)));
      task.setVariable(VAR_RENEWAL_DECISION, decision.getDecision().name());
    };
  }

  /** Starts the next convention, for the next period, through the same start rules as any other. */
  @Bean("nextConventionDelegate")
  JavaDelegate nextConventionDelegate(RenewalService renewal) {
    return execution -> {
      String reference = execution.getProcessBusinessKey();
      ProcessInstance next = execution.getProcessEngineServices().getRuntimeService()
          .startProcessInstanceByKey(ConventioningProcess.KEY, renewal.nextConvention(reference));
      renewal.linkNext(reference, next.getBusinessKey());
      execution.setVariable(VAR_NEXT_REFERENCE, next.getBusinessKey());
    };
  }

  @Bean("conventionClosedDelegate")
  JavaDelegate conventionClosedDelegate(RenewalService renewal) {
    return execution -> renewal.announceClosing(execution.getProcessBusinessKey());
  }
}
