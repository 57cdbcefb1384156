package fr.iae.conventioning.followup;

import static fr.iae.conventioning.followup.FollowUpProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import fr.iae.conventioning.support.ProcessTest;
import java.time.ZonedDateTime;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** Stage 4, the annual cycle: a report, a dialogue and a signed annex each year, amendments, the final report. */
class FollowUpProcessTest extends ProcessTest {

  private static final String SIRET = "41028570400012";

  private ProcessInstance startFollowUp(String start, int months, Object cosigner) {
    Map<String, Object> variables = withVariables("siret", SIRET, "department", "59", "reference", "AI059270001",
        "conventionStart", start, "durationMonths", months);
    variables.put("testCosigner", cosigner);
    return runtimeService().startProcessInstanceByKey(KEY, "AI059270001", variables);
  }

  private ProcessInstance startFollowUp(String start, int months) {
    return startFollowUp(start, months, null);
  }

  private Job timer(ProcessInstance instance, String activityId) {
    Job job = managementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId(activityId).singleResult();
    assertThat(job).as(activityId).isNotNull();
    return job;
  }

  private void fire(Job job) {
    ClockUtil.setCurrentTime(new java.util.Date(job.getDuedate().getTime() + 60_000));
    execute(job);
  }

  private static ZonedDateTime paris(int year, int month, int day) {
    return ZonedDateTime.of(year, month, day, 0, 0, 0, 0, NOW.getZone());
  }

  /** Report, review, dialogue: the same every year, difficulties or not. */
  private void reportReviewAndDialogue(ProcessInstance instance, boolean difficulties) {
    assertThat(instance).isWaitingAt(TASK_SUBMIT_REPORT);
    assertThat(task(instance)).hasCandidateGroup("siae-" + SIRET);
    assertThat(task(instance).getDueDate()).isNotNull();
    complete(task(instance));
    assertThat(task(instance)).hasDefinitionKey(TASK_REVIEW_REPORT).hasCandidateGroup("direccte-59");
    complete(task(instance), difficulties ? withVariables(VAR_DIFFICULTIES, true, VAR_FOLLOW_UP_COMMENT, "ETP en retrait")
        : withVariables(VAR_DIFFICULTIES, false));
    assertThat(task(instance)).hasDefinitionKey(TASK_DIALOGUE).hasCandidateGroup("direccte-59");
    complete(task(instance));
  }

  private void annexSigned(ProcessInstance instance) {
    assertThat(task(instance)).hasDefinitionKey(TASK_PROPOSE_ANNEX).hasCandidateGroup("direccte-59");
    complete(task(instance));
    assertThat(task(instance)).hasDefinitionKey(TASK_ACCEPT_ANNEX).hasCandidateGroup("siae-" + SIRET);
    complete(task(instance), withVariables(VAR_ANNEX_ACCEPTED, true));
    assertThat(task(instance)).hasDefinitionKey(TASK_SIGN_ANNEX_PREFECT).hasCandidateGroup("prefecture-59");
    assertThat(task(instance).getDueDate()).isNotNull();
    complete(task(instance), withVariables(VAR_ANNEX_PREFECT_SIGNED, true));
  }

  @Test
  void aThirtySixMonthConventionHasADialogueAndASignedAnnexEachYearThenItsFinalReport() {
    ProcessInstance instance = startFollowUp("2027-01-01", 36);
    assertThat(runtimeService().getVariable(instance.getId(), VAR_ANNEX_COUNT)).isEqualTo(3);

    // second year: the report of the first, the dialogue even without difficulties, annex A1M0
    Job first = timer(instance, TIMER_REPORT_DUE);
    assertThat(first.getDuedate()).isEqualTo(at(paris(2028, 1, 1)));
    fire(first);
    reportReviewAndDialogue(instance, false);
    assertThat(delegates).containsExactly("invitation", "cdiae");
    assertThat(runtimeService().getVariable(instance.getId(), VAR_ANNEX_NUMBER)).isEqualTo("A1M0");
    annexSigned(instance);

    // third year, with difficulties: annex A2M0
    Job second = timer(instance, TIMER_REPORT_DUE);
    assertThat(second.getDuedate()).isEqualTo(at(paris(2029, 1, 1)));
    fire(second);
    reportReviewAndDialogue(instance, true);
    assertThat(runtimeService().getVariable(instance.getId(), VAR_ANNEX_NUMBER)).isEqualTo("A2M0");
    annexSigned(instance);

    // no annex left: the final report at the end
    assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).activityId(TIMER_REPORT_DUE)
        .count()).isZero();
    Job end = timer(instance, TIMER_CONVENTION_END);
    assertThat(end.getDuedate()).isEqualTo(at(paris(2030, 1, 1)));
    fire(end);
    assertThat(instance).isWaitingAt(TASK_SUBMIT_FINAL);
    assertThat(statuses.last()).isEqualTo("FINAL_REVIEW");
    complete(task(instance));
    assertThat(task(instance)).hasDefinitionKey(TASK_ANALYSE).hasCandidateGroup("direccte-59");
    complete(task(instance));

    assertThat(instance).isEnded().hasPassed("resultsAnalysed");
    assertThat(delegates).endsWith("annexesClosed");
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(TASK_DIALOGUE).count()).as("a dialogue de gestion every year").isEqualTo(2);
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(TASK_SIGN_ANNEX_PREFECT).count()).isEqualTo(2);
  }

  @Test
  void theStructuresRemarksAndARefusedSignatureSendTheProposalBackToTheStateService() {
    ProcessInstance instance = startFollowUp("2027-01-01", 24, "financeur-cd59");
    fire(timer(instance, TIMER_REPORT_DUE));
    reportReviewAndDialogue(instance, false);

    complete(task(instance));
    complete(task(instance), withVariables(VAR_ANNEX_ACCEPTED, false, VAR_ANNEX_REMARKS, "ETP trop bas"));
    assertThat(task(instance)).as("back to the State service").hasDefinitionKey(TASK_PROPOSE_ANNEX);
    complete(task(instance));
    complete(task(instance), withVariables(VAR_ANNEX_ACCEPTED, true));
    // the Conseil départemental co-funds: it co-signs before the prefect
    assertThat(task(instance)).hasDefinitionKey(TASK_SIGN_ANNEX_DEPARTMENT).hasCandidateGroup("financeur-cd59");
    complete(task(instance), withVariables(VAR_ANNEX_DEPARTMENT_SIGNED, false, VAR_ANNEX_DEPARTMENT_COMMENT, "Non"));
    assertThat(task(instance)).hasDefinitionKey(TASK_PROPOSE_ANNEX);
    complete(task(instance));
    complete(task(instance), withVariables(VAR_ANNEX_ACCEPTED, true));
    complete(task(instance), withVariables(VAR_ANNEX_DEPARTMENT_SIGNED, true));
    assertThat(task(instance)).hasDefinitionKey(TASK_SIGN_ANNEX_PREFECT);
    complete(task(instance), withVariables(VAR_ANNEX_PREFECT_SIGNED, false, VAR_ANNEX_PREFECT_COMMENT, "À revoir"));
    assertThat(task(instance)).hasDefinitionKey(TASK_PROPOSE_ANNEX);
    complete(task(instance));
    complete(task(instance), withVariables(VAR_ANNEX_ACCEPTED, true));
    complete(task(instance), withVariables(VAR_ANNEX_DEPARTMENT_SIGNED, true));
    complete(task(instance), withVariables(VAR_ANNEX_PREFECT_SIGNED, true));

    assertThat(instance).isWaitingAt(TIMER_CONVENTION_END);
  }

  @Test
  void anAmendmentRunsBesideTheYearAndAnEndCancelsOneLeftOpen() {
    ProcessInstance instance = startFollowUp("2027-01-01", 24);
    assertThat(instance).isWaitingAt(TIMER_REPORT_DUE);

    runtimeService().createMessageCorrelation("annexAmendmentRequested").processInstanceBusinessKey("AI059270001")
        .setVariable(VAR_AMENDMENT_NUMBER, "A0M1").correlate();
    Task accept = taskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(accept.getTaskDefinitionKey()).isEqualTo(TASK_ACCEPT_AMENDMENT);
    assertThat(accept.getDueDate()).isNotNull();
    assertThat(instance).isWaitingAt(TIMER_REPORT_DUE, TASK_ACCEPT_AMENDMENT);
    complete(accept, withVariables(VAR_AMENDMENT_ACCEPTED, true));
    Task sign = taskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(sign.getTaskDefinitionKey()).isEqualTo(TASK_SIGN_AMENDMENT_PREFECT);
    complete(sign, withVariables(VAR_AMENDMENT_PREFECT_SIGNED, true));
    assertThat(instance).hasPassed("amendmentSigned").isWaitingAt(TIMER_REPORT_DUE);

    // a second amendment, refused by the structure
    runtimeService().createMessageCorrelation("annexAmendmentRequested").processInstanceBusinessKey("AI059270001")
        .setVariable(VAR_AMENDMENT_NUMBER, "A0M2").correlate();
    complete(taskQuery().processInstanceId(instance.getId()).singleResult(),
        withVariables(VAR_AMENDMENT_ACCEPTED, false, VAR_AMENDMENT_REMARKS, "Non"));
    assertThat(instance).hasPassed("amendmentDropped");

    // a third one still open when the convention ends: the end stops it
    fire(timer(instance, TIMER_REPORT_DUE));
    reportReviewAndDialogue(instance, false);
    annexSigned(instance);
    runtimeService().createMessageCorrelation("annexAmendmentRequested").processInstanceBusinessKey("AI059270001")
        .setVariable(VAR_AMENDMENT_NUMBER, "A1M1").correlate();
    fire(timer(instance, TIMER_CONVENTION_END));
    complete(taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(TASK_SUBMIT_FINAL).singleResult());
    complete(taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(TASK_ANALYSE).singleResult());
    assertThat(instance).isEnded();
    assertThat(delegates).endsWith("annexesClosed");
  }

  @Test
  void aConventionStartingInMarchHasAPartYearAnnexAndItsCycleOnTheFirstOfJanuary() {
    ProcessInstance instance = startFollowUp("2027-03-01", 12);
    // March to December 2027, then January and February 2028
    assertThat(runtimeService().getVariable(instance.getId(), VAR_ANNEX_COUNT)).isEqualTo(2);
    assertThat(timer(instance, TIMER_REPORT_DUE).getDuedate()).isEqualTo(at(paris(2028, 1, 1)));
  }

  @Test
  void aConventionWithinOneCalendarYearGoesStraightToItsFinalReport() {
    ProcessInstance instance = startFollowUp("2027-01-01", 12);

    assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).activityId(TIMER_REPORT_DUE)
        .count()).isZero();
    assertThat(timer(instance, TIMER_CONVENTION_END).getDuedate()).isEqualTo(at(paris(2028, 1, 1)));
    assertThat(instance).hasNotPassed(TASK_SUBMIT_REPORT);
  }

  @Test
  void aReportIsNotAskedBeforeItsDate() {
    ProcessInstance instance = startFollowUp("2027-01-01", 24);
    Job due = timer(instance, TIMER_REPORT_DUE);

    // the last minute of the first year: the job executor would find nothing to run
    ClockUtil.setCurrentTime(at(paris(2028, 1, 1).minusMinutes(1)));
    assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).executable().count())
        .isZero();
    assertThat(instance).isWaitingAt(TIMER_REPORT_DUE).hasNotPassed(TASK_SUBMIT_REPORT);

    // the first day of the second year: the report's timer is due, and running it asks for the report
    ClockUtil.setCurrentTime(at(paris(2028, 1, 1).plusMinutes(1)));
    assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).executable().list())
        .extracting(Job::getId).containsExactly(due.getId());
    execute(due);
    assertThat(instance).isWaitingAt(TASK_SUBMIT_REPORT);
  }
}
