package fr.iae.conventioning.convention;

import fr.iae.conventioning.engine.EngineErrors;
import fr.iae.conventioning.security.CurrentUserProvider;
import fr.iae.conventioning.shared.FormValues;
import fr.iae.conventioning.shared.FrenchFormat;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of a {@code conventioning} instance, whoever starts it (Tasklist, engine REST, {@code /api}, a renewal):
 * applies the start rules, records the convention and makes its reference the business key.
 */
@Component("conventionStartListener")
public class ConventionStartListener implements ExecutionListener {

  private final ConventionService conventions;
  private final CurrentUserProvider currentUser;

  public ConventionStartListener(ConventionService conventions, CurrentUserProvider currentUser) {
    this.conventions = conventions;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Convention convention = EngineErrors.refuseAsUserError(() -> conventions.open(
        new FormValues(execution::getVariable),
        (String) execution.getVariable(ConventioningProcess.VAR_PREVIOUS_REFERENCE),
        currentUser.current()));
    conventions.attachProcessInstance(convention.getReference(), execution.getProcessInstanceId());
    if (convention.getPreviousConvention() != null) {
      Object proposedFte = execution.getVariable(ConventioningProcess.VAR_PROPOSED_FTE);
      conventions.inheritFromRenewal(convention.getReference(),
          proposedFte instanceof Number fte ? BigDecimal.valueOf(fte.doubleValue()) : null,
          (String) execution.getVariable(ConventioningProcess.VAR_PRECONISATIONS));
    }

    execution.setProcessBusinessKey(convention.getReference());
    execution.setVariable(ConventioningProcess.VAR_SIRET, convention.getStructure().getSiret());
    execution.setVariable(ConventioningProcess.VAR_CONVENTION_START, convention.getStartDate().toString());
    execution.setVariable(ConventioningProcess.VAR_DURATION_MONTHS, convention.getDurationMonths());
    execution.setVariable(ConventioningProcess.VAR_REFERENCE, convention.getReference());
    execution.setVariable(ConventioningProcess.VAR_DEPARTMENT, convention.getStructure().getDepartment());
    execution.setVariable(ConventioningProcess.VAR_STRUCTURE_NAME, convention.getStructure().getName());
    execution.setVariable(ConventioningProcess.VAR_STRUCTURE_KIND, convention.getStructure().getKind().name());
    execution.setVariable(ConventioningProcess.VAR_STATE_SERVICE, conventions.stateServiceOf(convention));
    execution.setVariable(ConventioningProcess.VAR_CONVENTION_END, convention.getEndDate().toString());
    execution.setVariable(ConventioningProcess.VAR_PERIOD_LABEL, "du " + FrenchFormat.date(convention.getStartDate())
        + " au " + FrenchFormat.date(convention.getEndDate()) + " (" + convention.getDurationMonths() + " mois)");
  }
}
