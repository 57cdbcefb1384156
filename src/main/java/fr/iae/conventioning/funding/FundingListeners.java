package fr.iae.conventioning.funding;

import static fr.iae.conventioning.engine.TaskContext.actingUser;
import static fr.iae.conventioning.engine.TaskContext.reference;
import static fr.iae.conventioning.funding.MeansNegotiationProcess.*;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.iae.conventioning.engine.EngineErrors;
import fr.iae.conventioning.funder.FunderService;
import fr.iae.conventioning.funding.approval.ApprovalService;
import fr.iae.conventioning.funding.approval.CdiaeOpinionRecord;
import fr.iae.conventioning.funding.approval.MeansDecision;
import fr.iae.conventioning.funding.approval.Party;
import fr.iae.conventioning.funding.approval.Signature;
import fr.iae.conventioning.funding.conference.CommitmentStatus;
import fr.iae.conventioning.funding.conference.ConferenceService;
import fr.iae.conventioning.funding.conference.FundersConference;
import fr.iae.conventioning.funding.conference.FundingCommitment;
import fr.iae.conventioning.funding.document.SignedConventionService;
import fr.iae.conventioning.notification.Recipients;
import fr.iae.conventioning.shared.FormValues;
import fr.iae.conventioning.shared.FrenchFormat;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Listeners and delegates of stage 3. Completions are checked and recorded by the conference's and the approval's services (a refusal
 * rolls the completion back with a French message); texts the next forms show are prepared here.
 */
@Configuration
class FundingListeners {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Bean("meansNegotiationStartListener")
  ExecutionListener meansNegotiationStartListener(FunderService funders) {
    // the stage receives only what conventioning.bpmn maps in: a new conference starts from blank forms
    return execution -> {
      List<Map<String, String>> options = funders.active().stream()
          .map(funder -> Map.of("label", funder.getName() + " (" + funder.getKind().label() + ")",
              "value", funder.getCode()))
          .toList();
      execution.setVariable(VAR_FUNDER_OPTIONS, json(options));
    };
  }

  @Bean("prepareFundersConferenceListener")
  TaskListener prepareFundersConferenceListener(ConferenceService conferences) {
    return task -> {
      FundersConference conference = EngineErrors.refuseAsUserError(() -> conferences.prepare(reference(task),
          new FormValues(task::getVariable), actingUser(task)));
      List<String> codes = conference.getCommitments().stream().map(c -> c.getFunder().getCode()).toList();
      task.setVariable(VAR_FUNDERS, json(codes));
      task.setVariable(VAR_CONFERENCE_DATE, conference.getConferenceDate().toString());
      task.setVariable(VAR_CONFERENCE_DATE_LABEL, FrenchFormat.longDate(conference.getConferenceDate()));
    };
  }

  private static Object json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Bean("commitFundingListener")
  TaskListener commitFundingListener(ConferenceService conferences) {
    return task -> {
      FundingCommitment commitment = EngineErrors.refuseAsUserError(() -> conferences.commit(reference(task),
          (String) task.getVariable(VAR_FUNDER), new FormValues(task::getVariable), actingUser(task)));
      task.setVariable(VAR_FUNDING_COMMITTED, commitment.getStatus() == CommitmentStatus.COMMITTED);
      task.setVariable(VAR_FUNDING_AMOUNT, commitment.getAmount() == null ? null : commitment.getAmount().doubleValue());
      task.setVariable(VAR_FUNDING_NATURE, commitment.getNature() == null ? null : commitment.getNature().name());
    };
  }

  @Bean("fundingNoAnswerDelegate")
  JavaDelegate fundingNoAnswerDelegate(ConferenceService conferences) {
    return execution -> conferences.noAnswer(execution.getProcessBusinessKey(), (String) execution.getVariable(VAR_FUNDER));
  }

  @Bean("fundersAnswersListener")
  ExecutionListener fundersAnswersListener(FundingTexts texts) {
    return execution -> execution.setVariable(VAR_FUNDING_SUMMARY, texts.answers(execution.getProcessBusinessKey()));
  }

  @Bean("summarizeFundersConferenceListener")
  TaskListener summarizeFundersConferenceListener(ConferenceService conferences, FundingTexts texts) {
    return task -> {
      FundersConference conference = EngineErrors.refuseAsUserError(() -> conferences.summarize(reference(task),
          new FormValues(task::getVariable), actingUser(task)));
      task.setVariable(VAR_AGREED_FTE, conference.getAgreedFte().doubleValue());
      task.setVariable(VAR_MODULATION_RATE, conference.getModulationRate().doubleValue());
      task.setVariable(VAR_FUNDING_PLAN, texts.plan(reference(task)));
      task.setVariable(VAR_CONVENTION_COSIGNER, conferences.departmentCosigner(conference));
    };
  }

  @Bean("recordCdiaeOpinionListener")
  TaskListener recordCdiaeOpinionListener(ApprovalService approval) {
    return task -> {
      CdiaeOpinionRecord opinion = EngineErrors.refuseAsUserError(() -> approval.recordOpinion(reference(task),
          new FormValues(task::getVariable), actingUser(task)));
      task.setVariable(VAR_CDIAE_OPINION, opinion.getOpinion().name());
      task.setVariable(VAR_CDIAE_OPINION_LABEL, opinion.getOpinion().label());
    };
  }

  @Bean("signConventionPrefectListener")
  TaskListener signConventionPrefectListener(ApprovalService approval, Recipients people) {
    return task -> sign(task, approval, people, Party.PREFECT, VAR_PREFECT_SIGNED);
  }

  @Bean("signConventionEmploymentAgencyListener")
  TaskListener signConventionEmploymentAgencyListener(ApprovalService approval, Recipients people) {
    return task -> sign(task, approval, people, Party.EMPLOYMENT_AGENCY, VAR_AGENCY_SIGNED);
  }

  @Bean("signConventionStructureListener")
  TaskListener signConventionStructureListener(ApprovalService approval, Recipients people) {
    return task -> sign(task, approval, people, Party.STRUCTURE, VAR_STRUCTURE_SIGNED);
  }

  @Bean("signConventionDepartmentListener")
  TaskListener signConventionDepartmentListener(ApprovalService approval, Recipients people) {
    return task -> sign(task, approval, people, Party.DEPARTMENT, VAR_DEPARTMENT_SIGNED);
  }

  private static void sign(DelegateTask task, ApprovalService approval, Recipients people, Party party,
      String variable) {
    String userId = actingUser(task);
    Signature signature = EngineErrors.refuseAsUserError(() -> approval.sign(reference(task), party,
        new FormValues(task::getVariable), userId, people.nameOf(userId)));
    task.setVariable(variable, signature.isSigned());
  }

  @Bean("refusalReasonsListener")
  ExecutionListener refusalReasonsListener(FundingTexts texts) {
    return execution -> execution.setVariable(VAR_REFUSAL_REASONS,
        texts.refusalReasons(execution.getProcessBusinessKey()));
  }

  @Bean("decideAfterUnfavorableOpinionListener")
  TaskListener decideAfterUnfavorableOpinionListener(ApprovalService approval) {
    return task -> {
      MeansDecision decision = EngineErrors.refuseAsUserError(() -> approval.decide(reference(task),
          new FormValues(task::getVariable), actingUser(task)));
      task.setVariable(VAR_DECISION, decision.getDecision().name());
    };
  }

  @Bean("signedConventionDelegate")
  JavaDelegate signedConventionDelegate(SignedConventionService documents) {
    return execution -> documents.issue(execution.getProcessBusinessKey());
  }

  @Bean("conventionRefusedDelegate")
  JavaDelegate conventionRefusedDelegate(SignedConventionService documents) {
    return execution -> documents.announceRefusal(execution.getProcessBusinessKey());
  }
}
