package fr.iae.conventioning.objectives;

import static fr.iae.conventioning.engine.TaskContext.actingUser;
import static fr.iae.conventioning.engine.TaskContext.reference;
import static fr.iae.conventioning.objectives.ObjectivesNegotiationProcess.*;

import fr.iae.conventioning.engine.EngineErrors;
import fr.iae.conventioning.shared.FormValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Listeners of stage 2. Each completion is checked and recorded by {@link ObjectivesService}; a refusal rolls it
 * back with a French message. Accepted values are written back with the contract's types.
 */
@Configuration
class ObjectivesListeners {

  @Bean("objectivesNegotiationStartListener")
  ExecutionListener objectivesNegotiationStartListener(ObjectivesService objectives) {
    return execution -> {
      execution.setVariable(VAR_NEGOTIATION, objectives.openNegotiation(execution.getProcessBusinessKey()));
      execution.setVariable(VAR_ROUND, 0);
      execution.setVariable(VAR_ARBITRATION, false);
    };
  }

  @Bean("proposeObjectivesListener")
  TaskListener proposeObjectivesListener(ObjectivesService objectives) {
    return task -> {
      ObjectivesRound round = EngineErrors.refuseAsUserError(() -> objectives.propose(reference(task),
          negotiation(task), new FormValues(task::getVariable), actingUser(task)));
      writeRates(task, round.rates());
      task.setVariable(VAR_ROUND, round.getRound());
      // the previous round's answers are in the history; this round starts blank for Pôle emploi and the structure
      for (String answered : new String[] {VAR_AGENCY_AGREES, VAR_AGENCY_COMMENT, VAR_ACCEPTED, VAR_COUNTER_PROPOSAL}) {
        task.removeVariable(answered);
      }
    };
  }

  @Bean("reviewObjectivesEmploymentAgencyListener")
  TaskListener reviewObjectivesEmploymentAgencyListener(ObjectivesService objectives) {
    return task -> {
      ObjectivesRound round = EngineErrors.refuseAsUserError(() -> objectives.recordAgencyOpinion(reference(task),
          new FormValues(task::getVariable), actingUser(task)));
      task.setVariable(VAR_AGENCY_AGREES, round.getAgencyAgrees());
    };
  }

  @Bean("respondToObjectivesListener")
  TaskListener respondToObjectivesListener(ObjectivesService objectives) {
    return task -> {
      ObjectivesRound round = EngineErrors.refuseAsUserError(() -> objectives.respond(reference(task),
          new FormValues(task::getVariable), actingUser(task)));
      task.setVariable(VAR_ACCEPTED, round.getAccepted());
      task.setVariable(VAR_ARBITRATION, objectives.needsArbitration(round));
    };
  }

  @Bean("arbitrateObjectivesListener")
  TaskListener arbitrateObjectivesListener(ObjectivesService objectives) {
    return task -> {
      ObjectivesRound decision = EngineErrors.refuseAsUserError(() -> objectives.arbitrate(reference(task),
          negotiation(task), new FormValues(task::getVariable), actingUser(task)));
      writeRates(task, decision.rates());
    };
  }

  private static int negotiation(DelegateTask task) {
    Object negotiation = task.getVariable(VAR_NEGOTIATION);
    return negotiation instanceof Number n ? n.intValue() : 1;
  }

  private static void writeRates(DelegateTask task, TargetRates rates) {
    task.setVariable(VAR_TARGET_DURABLE, rates.durable().doubleValue());
    task.setVariable(VAR_TARGET_TRANSITION, rates.transition().doubleValue());
    task.setVariable(VAR_TARGET_POSITIVE, rates.positive().doubleValue());
    task.setVariable(VAR_DYNAMIC_TARGET, rates.dynamic().doubleValue());
  }
}
