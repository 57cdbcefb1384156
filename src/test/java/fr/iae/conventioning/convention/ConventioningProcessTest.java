package fr.iae.conventioning.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import fr.iae.conventioning.project.InsertionProjectProcess;
import fr.iae.conventioning.support.ProcessTest;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.junit.jupiter.api.Test;

class ConventioningProcessTest extends ProcessTest {

  @Test
  void theStartGivesTheReferenceAsBusinessKeyAndStageOneInheritsIt() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(ConventioningProcess.KEY,
        withVariables("siret", "51236789700026", "conventionStart", "2027-04-01", "durationMonths", 36));

    assertThat(instance).isActive().isWaitingAt(ConventioningProcess.CALL_INSERTION_PROJECT);
    assertThat(instance.getBusinessKey()).startsWith("EI05927");
    ProcessInstance stage = calledProcessInstance(instance);
    assertThat(stage.getBusinessKey()).isEqualTo(instance.getBusinessKey());
    assertThat(task(stage)).hasDefinitionKey(InsertionProjectProcess.TASK_SUBMIT);
  }

  @Test
  void afterStageOneTheConventionNegotiatesItsObjectives() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(ConventioningProcess.KEY,
        withVariables("siret", "51236789700026", "conventionStart", "2027-04-01", "durationMonths", 36));
    ProcessInstance stage = calledProcessInstance(instance);
    complete(task(stage), withVariables("requestedFte", 10.0));
    complete(task(stage), withVariables("applicationComplete", true));

    assertThat(stage).isEnded();
    assertThat(statuses.all()).contains("OBJECTIVES");
    assertThat(main(stage)).isWaitingAt("objectivesStage");
  }

  private ProcessInstance stage(ProcessInstance main, String processKey) {
    ProcessInstance stage = runtimeService().createProcessInstanceQuery().superProcessInstanceId(main.getId())
        .processDefinitionKey(processKey).active().singleResult();
    assertThat(stage).as(processKey).isNotNull();
    return stage;
  }

  private ProcessInstance throughObjectives() {
    ProcessInstance main = runtimeService().startProcessInstanceByKey(ConventioningProcess.KEY,
        withVariables("siret", "51236789700026", "conventionStart", "2027-04-01", "durationMonths", 36));
    ProcessInstance project = calledProcessInstance(main);
    complete(task(project), withVariables("requestedFte", 10.0));
    complete(task(project), withVariables("applicationComplete", true));
    agreeObjectives(main);
    return main;
  }

  private void agreeObjectives(ProcessInstance main) {
    ProcessInstance objectives = stage(main, "objectives-negotiation");
    complete(task(objectives), withVariables("targetDurableRate", 25.0, "targetTransitionRate", 20.0,
        "targetPositiveRate", 15.0));
    complete(task(objectives), withVariables("employmentAgencyAgrees", true));
    complete(task(objectives), withVariables("objectivesAccepted", true));
    assertThat(objectives).isEnded();
  }

  private ProcessInstance meansUntilOpinion(ProcessInstance main, String opinion) {
    ProcessInstance means = stage(main, "means-negotiation");
    complete(task(means), withVariables("funders", "cd59", "conferenceDate", "2027-03-15"));
    complete(task(means), withVariables("fundingCommitted", false));
    complete(task(means), withVariables("agreedFte", 8.0, "modulationRate", 0.0));
    complete(task(means), withVariables("cdiaeOpinion", opinion));
    return means;
  }

  private ProcessInstance main(ProcessInstance stage) {
    return runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(stage.getBusinessKey())
        .processDefinitionKey(ConventioningProcess.KEY).singleResult();
  }

  private ProcessInstance signed() {
    ProcessInstance main = throughObjectives();
    ProcessInstance means = meansUntilOpinion(main, "FAVORABLE");
    complete(task("signConventionPrefect", means), withVariables("prefectSigned", true));
    complete(task("signConventionEmploymentAgency", means), withVariables("employmentAgencySigned", true));
    complete(task("signConventionStructure", means), withVariables("structureSigned", true));
    execute(job("issueSignedConvention", means));
    return main;
  }

  @Test
  void aSignedConventionBecomesActiveAndIsFollowedUp() {
    ProcessInstance main = signed();

    assertThat(statuses.all()).containsSubsequence("OBJECTIVES", "FUNDING", "CDIAE_OPINION", "SIGNATURE", "ACTIVE");
    assertThat(main).isWaitingAt(ConventioningProcess.CALL_FOLLOW_UP);
  }

  private void finalReportAndRenewal(ProcessInstance main, int durable, int transition, int positive, int unemployed) {
    ProcessInstance followUp = stage(main, "follow-up");
    while (task(followUp) == null) {
      org.camunda.bpm.engine.runtime.Job timer = managementService().createJobQuery()
          .processInstanceId(followUp.getId()).timers().singleResult();
      ClockUtil.setCurrentTime(new java.util.Date(timer.getDuedate().getTime() + 60_000));
      execute(timer);
      // the yearly cycle: report, review, dialogue, the next annex proposed, accepted and signed
      while (task(followUp) != null && !"submitFinalReport".equals(task(followUp).getTaskDefinitionKey())) {
        complete(task(followUp), withVariables("difficultiesFlagged", false, "annexAccepted", true,
            "annexPrefectSigned", true));
      }
    }
    complete(task(followUp), withVariables("exitsDurable", durable, "exitsTransition", transition,
        "exitsPositive", positive, "exitsUnemployed", unemployed, "exitsInactive", 0, "exitsNoNews", 0,
        "exitsOtherKnown", 0, "exitsWithdrawn", 0));
    complete(task(followUp));
    assertThat(followUp).isEnded();
    assertThat(main).isWaitingAt(ConventioningProcess.CALL_RENEWAL);
  }

  @Test
  void aConventionWhoseObjectivesAreMetIsRenewed() {
    ProcessInstance main = signed();
    // 30 % lasting employment, 65 % dynamic exits
    finalReportAndRenewal(main, 6, 4, 3, 7);
    ProcessInstance renewal = stage(main, "renewal");
    complete(task(renewal), withVariables("proposedFte", 12.0));

    assertThat(main).isEnded().hasPassed("conventionRenewed");
    assertThat(statuses.all()).containsSubsequence("ACTIVE", "FINAL_REVIEW", "RENEWAL", "RENEWED");
  }

  @Test
  void aConventionThatIsNotRenewedIsClosed() {
    ProcessInstance main = signed();
    // 10 % lasting employment, 30 % dynamic exits
    finalReportAndRenewal(main, 2, 2, 2, 14);
    ProcessInstance renewal = stage(main, "renewal");
    complete(task(renewal), withVariables("causeAnalysis", "Contexte économique"));
    complete(task(renewal), withVariables("preconisations", "Réorganiser", "renewalDecision", "DO_NOT_RENEW"));

    assertThat(main).isEnded().hasPassed("conventionClosed");
    assertThat(statuses.last()).isEqualTo("CLOSED");
  }

  @Test
  void aRenegotiationGoesBackToTheObjectivesWithANewNegotiation() {
    ProcessInstance main = throughObjectives();
    ProcessInstance means = meansUntilOpinion(main, "UNFAVORABLE");
    complete(task(means), withVariables("decision", "RENEGOTIATE"));

    assertThat(main).isWaitingAt("objectivesStage");
    agreeObjectives(main);
    assertThat(main).isWaitingAt("meansStage");
    assertThat(statuses.all()).containsSubsequence("FUNDING", "OBJECTIVES", "FUNDING");
  }

  @Test
  void aRefusedConventionEndsRefused() {
    ProcessInstance main = throughObjectives();
    ProcessInstance means = meansUntilOpinion(main, "UNFAVORABLE");
    complete(task(means), withVariables("decision", "REFUSE"));

    assertThat(main).isEnded().hasPassed("conventionRefused").hasNotPassed("conventionActive");
    assertThat(statuses.last()).isEqualTo("REFUSED");
  }

  @Test
  void aRefusalOfTheStartListenerRollsTheWholeStartBack() {
    replaceStart(execution -> {
      throw new FormFieldValidationException(null, "Le numéro SIRET est obligatoire.");
    });
    long before = runtimeService().createProcessInstanceQuery().count();

    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(ConventioningProcess.KEY))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Le numéro SIRET est obligatoire.");
    assertThat(runtimeService().createProcessInstanceQuery().count()).isEqualTo(before);
  }

  /**
   * Each stage receives what its forms, expressions and listeners read, nothing more: every variable passed is
   * written, then deleted with the stage (docs/contract.md, "What each stage receives and returns").
   */
  @Test
  void eachStageReceivesWhatItReadsAndNothingMore() {
    Map<String, Set<String>> received = new TreeMap<>();
    Bpmn.readModelFromFile(new File("processes/conventioning.bpmn")).getModelElementsByType(CallActivity.class)
        .forEach(call -> received.put(call.getId(), call.getExtensionElements().getElementsQuery()
            .filterByType(CamundaIn.class).list().stream().map(CamundaIn::getCamundaSource)
            .filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new))));

    List<String> identity = List.of("reference", "siret", "department", "structureName",
        "structureKind");
    assertThat(received.get("insertionProjectStage")).containsExactlyInAnyOrderElementsOf(
        with(identity, "stateService", "previousResults"));
    assertThat(received.get("objectivesStage")).containsExactlyInAnyOrderElementsOf(with(identity, "stateService",
        "requestedFte", "previousResults", "targetDurableRate", "targetTransitionRate", "targetPositiveRate",
        "otherObjectives"));
    assertThat(received.get("meansStage")).containsExactlyInAnyOrderElementsOf(with(identity, "periodLabel",
        "requestedFte", "axisReception", "axisSupport", "axisTraining", "axisTerritory", "targetDurableRate",
        "targetTransitionRate", "targetPositiveRate", "targetDynamicRate"));
    assertThat(received.get("followUpStage")).containsExactlyInAnyOrderElementsOf(with(identity, "stateService",
        "conventionStart", "durationMonths", "agreedFte", "targetDurableRate", "targetTransitionRate",
        "targetPositiveRate", "targetDynamicRate"));
    assertThat(received.get("renewalStage")).containsExactlyInAnyOrderElementsOf(with(identity, "agreedFte",
        "finalIndicators", "sharedAnalysis", "examinedExits", "achievedDurableRate", "achievedDynamicRate",
        "targetDurableRate", "targetDynamicRate"));
  }

  private static List<String> with(List<String> identity, String... more) {
    List<String> all = new ArrayList<>(identity);
    all.addAll(List.of(more));
    return all;
  }
}
