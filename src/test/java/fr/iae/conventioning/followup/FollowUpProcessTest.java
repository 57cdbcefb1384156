package fr.iae.conventioning.followup;

import static fr.iae.conventioning.followup.FollowUpProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import fr.iae.conventioning.support.ProcessTest;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

class FollowUpProcessTest extends ProcessTest {

  private static final String SIRET = "41028570400012";


  private ProcessInstance startFollowUp(String start, int months) {
    return runtimeService().startProcessInstanceByKey(KEY, "AI059270001", withVariables("siret", SIRET,
        "department", "59", "reference", "AI059270001", "conventionStart", start, "durationMonths", months));
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

  @Test
  void aThirtySixMonthConventionHasTwoYearlyReportsThenItsFinalReportAtTheEnd() {
    ProcessInstance instance = startFollowUp("2027-01-01", 36);

    // first year
    Job first = timer(instance, TIMER_REPORT_DUE);
    assertThat(first.getDuedate()).isEqualTo(at(paris(2028, 1, 1)));
    fire(first);
    assertThat(instance).isWaitingAt(TASK_SUBMIT_REPORT);
    assertThat(task(instance)).hasCandidateGroup("siae-" + SIRET);
    assertThat(task(instance).getDueDate()).isNotNull();
    complete(task(instance));
    assertThat(task(instance)).hasDefinitionKey(TASK_REVIEW_REPORT).hasCandidateGroup("direccte-59");
    complete(task(instance), withVariables(VAR_DIFFICULTIES, false));
    assertThat(delegates).containsExactly("cdiae");

    // second year, with difficulties and a management dialogue
    Job second = timer(instance, TIMER_REPORT_DUE);
    assertThat(second.getDuedate()).isEqualTo(at(paris(2029, 1, 1)));
    fire(second);
    complete(task(instance));
    complete(task(instance), withVariables(VAR_DIFFICULTIES, true, VAR_FOLLOW_UP_COMMENT, "ETP très en retrait"));
    assertThat(task(instance)).hasDefinitionKey(TASK_DIALOGUE).hasCandidateGroup("direccte-59");
    complete(task(instance));
    assertThat(delegates).containsExactly("cdiae", "cdiae");

    // the third year ends with the convention: the final report replaces the yearly one
    assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).activityId(TIMER_REPORT_DUE)
        .count()).isZero();
    Job end = timer(instance, TIMER_CONVENTION_END);
    assertThat(end.getDuedate()).isEqualTo(at(paris(2030, 1, 1)));
    fire(end);
    assertThat(instance).isWaitingAt(TASK_SUBMIT_FINAL);
    assertThat(task(instance)).hasCandidateGroup("siae-" + SIRET);
    assertThat(statuses.last()).isEqualTo("FINAL_REVIEW");
    complete(task(instance));
    assertThat(task(instance)).hasDefinitionKey(TASK_ANALYSE).hasCandidateGroup("direccte-59");
    complete(task(instance));

    assertThat(instance).isEnded().hasPassed("resultsAnalysed");
    assertThat(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService()
        .createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(TASK_SUBMIT_REPORT).count()).isEqualTo(2);
  }

  @Test
  void aTwelveMonthConventionGoesStraightToItsFinalReport() {
    ProcessInstance instance = startFollowUp("2027-03-01", 12);

    assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).activityId(TIMER_REPORT_DUE)
        .count()).isZero();
    assertThat(timer(instance, TIMER_CONVENTION_END).getDuedate()).isEqualTo(at(paris(2028, 3, 1)));
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
