package fr.iae.conventioning.funding;

import static fr.iae.conventioning.funding.MeansNegotiationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import fr.iae.conventioning.support.ProcessTest;
import java.time.ZonedDateTime;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

class MeansNegotiationProcessTest extends ProcessTest {

  /** Monday 15 March 2027: funders answer by Friday 12 March at 18:00. */
  private static final String CONFERENCE = "2027-03-15";

  private ProcessInstance startWithConference(String funders) {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(KEY, "ACI062270001",
        withVariables("siret", "78901234100010", "department", "62", "reference", "ACI062270001"));
    assertThat(instance).isWaitingAt(TASK_PREPARE);
    assertThat(task(instance)).hasCandidateGroup("direccte-62");
    complete(task(instance), withVariables(VAR_FUNDERS, funders, VAR_CONFERENCE_DATE, CONFERENCE));
    return instance;
  }

  private List<Task> fundingTasks(ProcessInstance instance) {
    return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(TASK_COMMIT).list();
  }

  private Task fundingTaskOf(ProcessInstance instance, String funder) {
    return taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(TASK_COMMIT)
        .taskCandidateGroup("financeur-" + funder).singleResult();
  }

  private void opinionAndSignatures(ProcessInstance instance, String opinion, boolean prefect, boolean agency) {
    complete(task(TASK_SUMMARIZE, instance), withVariables(VAR_AGREED_FTE, 10.0, VAR_MODULATION_RATE, 5.0));
    assertThat(task(TASK_CDIAE, instance)).hasCandidateGroup("cdiae-62");
    complete(task(TASK_CDIAE, instance), withVariables(VAR_CDIAE_OPINION, opinion));
    if (!"UNFAVORABLE".equals(opinion)) {
      assertThat(instance).isWaitingAt(TASK_SIGN_PREFECT, TASK_SIGN_AGENCY, TASK_SIGN_STRUCTURE);
      assertThat(task(TASK_SIGN_PREFECT, instance)).hasCandidateGroup("prefecture-62");
      assertThat(task(TASK_SIGN_AGENCY, instance)).hasCandidateGroup("pole-emploi-62");
      complete(task(TASK_SIGN_PREFECT, instance), withVariables(VAR_PREFECT_SIGNED, prefect));
      complete(task(TASK_SIGN_AGENCY, instance), withVariables(VAR_AGENCY_SIGNED, agency));
      assertThat(task(TASK_SIGN_STRUCTURE, instance).getName()).isEqualTo("Signer la convention (structure)");
      complete(task(TASK_SIGN_STRUCTURE, instance), withVariables(VAR_STRUCTURE_SIGNED, true));
    }
  }

  @Test
  void eachInvitedFunderAnswersInItsOwnTaskDueTheWorkingDayBeforeTheConference() {
    ProcessInstance instance = startWithConference("cd62,region-hdf");

    List<Task> tasks = fundingTasks(instance);
    assertThat(tasks).hasSize(2);
    Task cd62 = fundingTaskOf(instance, "cd62");
    Task region = fundingTaskOf(instance, "region-hdf");
    assertThat(cd62).isNotNull();
    assertThat(region).isNotNull();
    assertThat(cd62.getDueDate()).isEqualTo(at(ZonedDateTime.of(2027, 3, 12, 18, 0, 0, 0, NOW.getZone())));
    assertThat(taskService().getIdentityLinksForTask(cd62.getId())).extracting("groupId")
        .containsExactly("financeur-cd62");

    // answers stay with their funder
    taskService().complete(cd62.getId(), withVariables(VAR_FUNDING_COMMITTED, true, VAR_FUNDING_AMOUNT, 50000.0,
        VAR_FUNDING_NATURE, "FINANCIAL"));
    assertThat(taskService().getVariables(region.getId())).containsEntry(VAR_FUNDING_AMOUNT, null)
        .containsEntry(VAR_FUNDER_NAME, "Financeur region-hdf");
    assertThat(instance).isWaitingAt(TASK_COMMIT);
    taskService().complete(region.getId(), withVariables(VAR_FUNDING_COMMITTED, false));

    assertThat(instance).isWaitingAt(TASK_SUMMARIZE);
    assertThat(task(instance)).hasCandidateGroup("direccte-62");
  }

  @Test
  void allCommitTheCdiaeIsFavourableBothSignAndTheDocumentIsIssued() {
    ProcessInstance instance = startWithConference("cd62,plie-lille");
    for (Task task : fundingTasks(instance)) {
      taskService().complete(task.getId(), withVariables(VAR_FUNDING_COMMITTED, true, VAR_FUNDING_AMOUNT, 1000.0,
          VAR_FUNDING_NATURE, "FINANCIAL"));
    }
    opinionAndSignatures(instance, "RESERVED", true, true);

    assertThat(instance).isWaitingAt("issueSignedConvention");
    execute(job("issueSignedConvention", instance));

    assertThat(instance).isEnded().hasPassed("conventionSigned");
    assertThat(instance).variables().containsEntry(VAR_OUTCOME, "SIGNED");
    assertThat(delegates).containsExactly("signed");
    assertThat(statuses.all()).containsSubsequence("CDIAE_OPINION", "SIGNATURE");
  }

  @Test
  void aCoFundingConseilDepartementalCoSignsAndItsRefusalLeadsToTheStateServicesDecision() {
    ProcessInstance instance = startWithConference("cd62");
    taskService().complete(fundingTasks(instance).get(0).getId(), withVariables(VAR_FUNDING_COMMITTED, true,
        VAR_FUNDING_AMOUNT, 1000.0, VAR_FUNDING_NATURE, "FINANCIAL"));
    complete(task(TASK_SUMMARIZE, instance), withVariables(VAR_AGREED_FTE, 10.0, VAR_MODULATION_RATE, 5.0,
        "testCosigner", "financeur-cd62"));
    complete(task(TASK_CDIAE, instance), withVariables(VAR_CDIAE_OPINION, "FAVORABLE"));

    assertThat(instance).isWaitingAt(TASK_SIGN_PREFECT, TASK_SIGN_AGENCY, TASK_SIGN_STRUCTURE,
        "signConventionDepartment");
    assertThat(task("signConventionDepartment", instance)).hasCandidateGroup("financeur-cd62");
    assertThat(task("signConventionDepartment", instance).getDueDate()).isNotNull();
    complete(task(TASK_SIGN_PREFECT, instance), withVariables(VAR_PREFECT_SIGNED, true));
    complete(task(TASK_SIGN_AGENCY, instance), withVariables(VAR_AGENCY_SIGNED, true));
    complete(task(TASK_SIGN_STRUCTURE, instance), withVariables(VAR_STRUCTURE_SIGNED, true));
    complete(task("signConventionDepartment", instance), withVariables("departmentSigned", false));

    assertThat(instance).isWaitingAt(TASK_DECIDE);
  }

  @Test
  void aFunderWithoutAnswerWhenTheConferenceBeginsIsRecordedAndTheConferenceGoesOn() {
    ProcessInstance instance = startWithConference("cd62,region-hdf");
    taskService().complete(fundingTaskOf(instance, "cd62").getId(), withVariables(VAR_FUNDING_COMMITTED, false));

    Job timer = managementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId(NO_ANSWER_TIMER).singleResult();
    assertThat(timer.getDuedate()).isEqualTo(at(ZonedDateTime.of(2027, 3, 15, 0, 0, 0, 0, NOW.getZone())));
    ClockUtil.setCurrentTime(at(ZonedDateTime.of(2027, 3, 15, 0, 1, 0, 0, NOW.getZone())));
    execute(timer);

    assertThat(delegates).containsExactly("noAnswer:region-hdf");
    assertThat(fundingTasks(instance)).isEmpty();
    assertThat(instance).isWaitingAt(TASK_SUMMARIZE);
  }

  @Test
  void anUnfavourableOpinionThenARenegotiation() {
    ProcessInstance instance = startWithConference("cd62");
    taskService().complete(fundingTasks(instance).get(0).getId(), withVariables(VAR_FUNDING_COMMITTED, false));
    opinionAndSignatures(instance, "UNFAVORABLE", false, false);

    assertThat(instance).isWaitingAt(TASK_DECIDE);
    assertThat(task(instance)).hasCandidateGroup("direccte-62");
    complete(task(instance), withVariables(VAR_DECISION, "RENEGOTIATE"));

    assertThat(instance).isEnded().hasPassed("meansToRenegotiate").hasNotPassed(TASK_SIGN_PREFECT);
    assertThat(instance).variables().containsEntry(VAR_OUTCOME, "RENEGOTIATE");
  }

  @Test
  void anUnfavourableOpinionThenARefusalInformsTheStructure() {
    ProcessInstance instance = startWithConference("cd62");
    taskService().complete(fundingTasks(instance).get(0).getId(), withVariables(VAR_FUNDING_COMMITTED, false));
    opinionAndSignatures(instance, "UNFAVORABLE", false, false);
    complete(task(instance), withVariables(VAR_DECISION, "REFUSE", VAR_DECISION_COMMENT, "Projet insuffisant"));

    assertThat(instance).isEnded().hasPassed("announceRefusal", "meansRefused");
    assertThat(instance).variables().containsEntry(VAR_OUTCOME, "REFUSE");
    assertThat(delegates).containsExactly("refused");
  }

  @Test
  void aRefusalToSignLeadsToTheStateServicesDecision() {
    ProcessInstance instance = startWithConference("cd62");
    taskService().complete(fundingTasks(instance).get(0).getId(), withVariables(VAR_FUNDING_COMMITTED, false));
    opinionAndSignatures(instance, "FAVORABLE", false, true);

    assertThat(instance).isWaitingAt(TASK_DECIDE).hasNotPassed("issueSignedConvention");
  }
}
