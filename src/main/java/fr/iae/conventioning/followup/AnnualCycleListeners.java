package fr.iae.conventioning.followup;

import static fr.iae.conventioning.engine.TaskContext.actingUser;
import static fr.iae.conventioning.engine.TaskContext.reference;
import static fr.iae.conventioning.followup.FollowUpProcess.*;

import fr.iae.conventioning.annex.AnnexService;
import fr.iae.conventioning.annex.AnnexTexts;
import fr.iae.conventioning.annex.FinancialAnnex;
import fr.iae.conventioning.convention.AgreedMeans.Agreement;
import fr.iae.conventioning.engine.EngineErrors;
import fr.iae.conventioning.shared.ConventioningProperties;
import fr.iae.conventioning.shared.FormValues;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The annual cycle of stage 4 (its second version): annex {@code A0M0} when stage 4 begins, the yearly report with
 * the people hired, the dialogue de gestion every year, the next annex's proposal, acceptance and signatures, the
 * amendments, and the annexes closed at the end.
 */
@Configuration
class AnnualCycleListeners {

  @Bean("annualCycleStartListener")
  ExecutionListener annualCycleStartListener(FollowUpService followUp, AnnexService annexes) {
    return execution -> {
      String reference = referenceOf(execution);
      // stage 4 follows a summed-up conference: without one, an incident rather than an annex priced on nothing
      Agreement agreement = followUp.agreement(reference).orElseThrow(() -> new IllegalStateException(
          "The convention " + reference + " reaches stage 4 without a summed-up funders' conference"));
      annexes.openFirst(reference, agreement.fte(), agreement.modulationRate());
      execution.setVariable(VAR_ANNEX_COUNT, annexes.periods(reference).size());
      execution.setVariable(VAR_ANNEX_COSIGNER, agreement.departmentGroup());
    };
  }

  @Bean("submitYearlyReportListener")
  TaskListener submitYearlyReportListener(FollowUpService followUp) {
    return task -> FollowUpListeners.afterReport(task, followUp, EngineErrors.refuseAsUserError(() ->
        followUp.submitYearly(reference(task), period(task), new FormValues(task::getVariable), actingUser(task))));
  }

  @Bean("dialogueInvitationDelegate")
  JavaDelegate dialogueInvitationDelegate(DialogueInvitation invitation) {
    return execution -> invitation.send(execution.getProcessBusinessKey());
  }

  @Bean("proposeAnnexDraftListener")
  TaskListener proposeAnnexDraftListener(FollowUpService followUp, AnnexService annexes) {
    return task -> {
      String reference = reference(task);
      AnnexService.Draft draft = annexes.draft(reference, period(task) - 1, followUp.evidence(reference));
      FinancialAnnex annex = draft.annex();
      task.setVariable(VAR_ANNEX_NUMBER, annex.getNumber());
      task.setVariable(VAR_ANNEX_PERIOD, AnnexTexts.period(annex));
      task.setVariable(VAR_ANNEX_EVIDENCE, AnnexTexts.evidence(annex.evidence(), draft.proposal()));
      task.setVariable(VAR_ANNEX_PROPOSED_RATE, draft.proposal().rate().doubleValue());
      task.setVariable(VAR_ANNEX_PRICING, AnnexTexts.pricing(annex));
      task.setVariable(VAR_ANNEX_SENT_BACK, draft.sentBack());
      task.setVariable(VAR_ANNEX_FTE, annex.getFte().doubleValue());
      task.setVariable(VAR_ANNEX_RATE, annex.getModulationRate().doubleValue());
      task.setVariable(VAR_ANNEX_REASON, annex.getModulationReason());
    };
  }

  @Bean("proposeAnnexListener")
  TaskListener proposeAnnexListener(AnnexService annexes, ConventioningProperties conventioning) {
    return task -> {
      FinancialAnnex annex = EngineErrors.refuseAsUserError(() -> {
        FormValues form = new FormValues(task::getVariable);
        BigDecimal fte = form.fte(VAR_ANNEX_FTE, "ETP d'insertion de l'année", false, conventioning.maxFte());
        BigDecimal rate = BigDecimal.valueOf(form.decimal(VAR_ANNEX_RATE, "Taux de modulation retenu"));
        String reason = form.optionalText(VAR_ANNEX_REASON, "Motif de l'ajustement", FollowUpService.MAX_TEXT);
        return annexes.propose(reference(task), annexNumber(task), fte, rate, reason, actingUser(task));
      });
      task.setVariable(VAR_ANNEX_PRICING, AnnexTexts.pricing(annex));
      // the answers to this proposal start blank
      for (String answer : new String[] {VAR_ANNEX_ACCEPTED, VAR_ANNEX_REMARKS, VAR_ANNEX_DEPARTMENT_SIGNED,
          VAR_ANNEX_DEPARTMENT_COMMENT, VAR_ANNEX_PREFECT_SIGNED, VAR_ANNEX_PREFECT_COMMENT}) {
        task.removeVariable(answer);
      }
    };
  }

  @Bean("acceptAnnexListener")
  TaskListener acceptAnnexListener(AnnexService annexes) {
    return task -> answer(task, VAR_ANNEX_ACCEPTED, "Acceptez-vous et signez-vous l'annexe financière ?",
        VAR_ANNEX_REMARKS, "La structure a formulé des remarques : ", (accepted, text) ->
            annexes.structureAnswer(reference(task), annexNumber(task), accepted, text, actingUser(task)));
  }

  @Bean("signAnnexDepartmentListener")
  TaskListener signAnnexDepartmentListener(AnnexService annexes) {
    return task -> answer(task, VAR_ANNEX_DEPARTMENT_SIGNED, "Cosignez-vous l'annexe financière ?",
        VAR_ANNEX_DEPARTMENT_COMMENT, "Le Conseil départemental n'a pas cosigné : ", (signed, text) ->
            annexes.departmentAnswer(reference(task), annexNumber(task), signed, text, actingUser(task)));
  }

  @Bean("signAnnexPrefectListener")
  TaskListener signAnnexPrefectListener(AnnexService annexes) {
    return task -> answer(task, VAR_ANNEX_PREFECT_SIGNED, "Signez-vous l'annexe financière ?",
        VAR_ANNEX_PREFECT_COMMENT, "Le préfet a renvoyé l'annexe : ", (signed, text) ->
            annexes.prefectAnswer(reference(task), annexNumber(task), signed, text, actingUser(task)));
  }

  @Bean("acceptAmendmentListener")
  TaskListener acceptAmendmentListener(AnnexService annexes) {
    return task -> answer(task, VAR_AMENDMENT_ACCEPTED, "Acceptez-vous et signez-vous l'avenant ?",
        VAR_AMENDMENT_REMARKS, null, (accepted, text) -> annexes.structureAnswer(reference(task),
            (String) task.getVariable(VAR_AMENDMENT_NUMBER), accepted, text, actingUser(task)));
  }

  @Bean("signAmendmentPrefectListener")
  TaskListener signAmendmentPrefectListener(AnnexService annexes) {
    return task -> answer(task, VAR_AMENDMENT_PREFECT_SIGNED, "Signez-vous l'avenant ?",
        VAR_AMENDMENT_PREFECT_COMMENT, null, (signed, text) -> annexes.prefectAnswer(reference(task),
            (String) task.getVariable(VAR_AMENDMENT_NUMBER), signed, text, actingUser(task)));
  }

  @Bean("annexesClosedListener")
  ExecutionListener annexesClosedListener(AnnexService annexes) {
    return execution -> annexes.closeAll(referenceOf(execution));
  }

  /**
   * A yes-or-no answer with a text required on "no": recorded, and on "no" the text kept as why the proposal came
   * back ({@code sentBackPrefix} + text), which the State service's next proposal shows.
   */
  private static void answer(DelegateTask task, String yesNo, String label, String textVariable, String sentBackPrefix,
      Answer answer) {
    EngineErrors.refuseAsUserError(() -> {
      FormValues form = new FormValues(task::getVariable);
      boolean yes = form.bool(yesNo, label);
      answer.record(yes, form.optionalText(textVariable, "Commentaire", FollowUpService.MAX_TEXT));
      return null;
    });
    if (sentBackPrefix != null && !Boolean.TRUE.equals(task.getVariable(yesNo))) {
      task.setVariable(VAR_ANNEX_SENT_BACK, sentBackPrefix + task.getVariable(textVariable));
    }
  }

  private static int period(DelegateTask task) {
    return ((Number) task.getVariable(VAR_PERIOD)).intValue();
  }

  private static String annexNumber(DelegateTask task) {
    return (String) task.getVariable(VAR_ANNEX_NUMBER);
  }

  private static String referenceOf(DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }

  @FunctionalInterface
  private interface Answer {
    void record(boolean yes, String text);
  }
}
