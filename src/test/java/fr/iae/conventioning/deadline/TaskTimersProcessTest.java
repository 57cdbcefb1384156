package fr.iae.conventioning.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processEngine;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import fr.iae.conventioning.project.InsertionProjectProcess;
import fr.iae.conventioning.support.ProcessTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.junit.jupiter.api.Test;

class TaskTimersProcessTest extends ProcessTest {

  @Test
  void everyUserTaskOfEveryDeployedProcessHasAReminderAndAnEscalation() {
    List<String> missing = new ArrayList<>();
    int userTasks = 0;
    RepositoryServiceImpl repository = (RepositoryServiceImpl) repositoryService();
    for (ProcessDefinition definition : repositoryService().createProcessDefinitionQuery().latestVersion().list()) {
      ProcessDefinitionEntity parsed = (ProcessDefinitionEntity) repository.getDeployedProcessDefinition(definition.getId());
      for (UserTask userTask : repositoryService().getBpmnModelInstance(definition.getId())
          .getModelElementsByType(UserTask.class)) {
        userTasks++;
        TaskDefinition task = parsed.getTaskDefinitions().get(userTask.getId());
        for (String timeout : List.of("reminder", "escalation")) {
          if (task.getTimeoutTaskListener(timeout) == null) {
            missing.add(definition.getKey() + "/" + userTask.getId() + " has no timeout listener '" + timeout + "'");
          }
        }
      }
    }
    assertThat(userTasks).isPositive();
    assertThat(missing).isEmpty();
  }

  @Test
  void noBpmnFileCopiesTheTimersThePluginAdds() throws IOException {
    List<String> copies = new ArrayList<>();
    for (Resource bpmn : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
      String xml = bpmn.getContentAsString(StandardCharsets.UTF_8);
      if (xml.contains("event=\"timeout\"") || xml.contains("taskDeadlines.")) {
        copies.add(bpmn.getFilename());
      }
    }
    assertThat(copies).isEmpty();
  }

  @Test
  void theReminderFiresAtItsTimeThenTheEscalationAtTheDueDateAndTheTaskStaysOpen() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(InsertionProjectProcess.KEY,
        withVariables("siret", "51236789700026", "department", "59"));
    assertThat(instance).isWaitingAt(InsertionProjectProcess.TASK_SUBMIT);
    // due Tuesday 30 March 2027 at 18:00: reminder two working days before (Thursday 25, 9:00)
    ZonedDateTime due = ZonedDateTime.of(2027, 3, 30, 18, 0, 0, 0, NOW.getZone());
    Job reminder = timer(instance, "reminder");
    assertThat(reminder.getDuedate()).isEqualTo(at(ZonedDateTime.of(2027, 3, 25, 9, 0, 0, 0, NOW.getZone())));
    assertThat(jobs(instance)).containsExactly(reminder.getId()); // one timer at a time

    ClockUtil.setCurrentTime(at(ZonedDateTime.of(2027, 3, 25, 9, 1, 0, 0, NOW.getZone())));
    execute(reminder);
    assertThat(reminders).containsExactly(InsertionProjectProcess.TASK_SUBMIT);
    assertThat(escalations).isEmpty();
    assertThat(instance).isWaitingAt(InsertionProjectProcess.TASK_SUBMIT);
    Job escalation = timer(instance, "escalation");
    assertThat(escalation.getDuedate()).isEqualTo(at(due));
    assertThat(jobs(instance)).containsExactly(escalation.getId());

    ClockUtil.setCurrentTime(at(due.plusMinutes(1)));
    execute(escalation);
    assertThat(escalations).containsExactly(InsertionProjectProcess.TASK_SUBMIT);
    assertThat(instance).isWaitingAt(InsertionProjectProcess.TASK_SUBMIT);
    assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void theEscalationFollowsADueDateMovedBeforeTheReminder() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(InsertionProjectProcess.KEY,
        withVariables("siret", "51236789700026", "department", "59"));
    ZonedDateTime moved = ZonedDateTime.of(2027, 4, 9, 18, 0, 0, 0, NOW.getZone());
    taskService().setDueDate(task(instance).getId(), at(moved));

    ClockUtil.setCurrentTime(at(ZonedDateTime.of(2027, 3, 25, 9, 1, 0, 0, NOW.getZone())));
    execute(timer(instance, "reminder"));

    assertThat(timer(instance, "escalation").getDuedate()).isEqualTo(at(moved));
  }

  @Test
  void aTaskThatAlreadyHasItsEscalationTimerIsNotGivenASecond() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(InsertionProjectProcess.KEY,
        withVariables("siret", "51236789700026", "department", "59"));
    ClockUtil.setCurrentTime(at(ZonedDateTime.of(2027, 3, 25, 9, 1, 0, 0, NOW.getZone())));
    execute(timer(instance, "reminder"));
    String escalation = timer(instance, "escalation").getId();

    // as when the reminder of a task created by release 0.3.0, which got both timers at once, fires
    String taskId = task(instance).getId();
    ((ProcessEngineConfigurationImpl) processEngine().getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> {
          TaskEntity task = context.getTaskManager().findTaskById(taskId);
          task.getTaskDefinition().getTimeoutTaskListener("reminder").notify(task);
          return null;
        });

    assertThat(jobs(instance)).containsExactly(escalation);
    assertThat(reminders).containsExactly(InsertionProjectProcess.TASK_SUBMIT, InsertionProjectProcess.TASK_SUBMIT);
  }

  @Test
  void completingTheTaskStopsItsTimer() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(InsertionProjectProcess.KEY,
        withVariables("siret", "51236789700026", "department", "59"));
    assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);

    complete(task(instance));

    // the review task now has its own reminder, the project's is gone
    List<Job> jobs = managementService().createJobQuery().processInstanceId(instance.getId()).list();
    assertThat(jobs).hasSize(1);
    assertThat(jobs).allMatch(job -> job.getDuedate().after(at(NOW)));
    assertThat(task(instance).getTaskDefinitionKey()).isEqualTo(InsertionProjectProcess.TASK_REVIEW);
    assertThat(reminders).isEmpty();
  }

  private static List<String> jobs(ProcessInstance instance) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).list().stream()
        .map(Job::getId).toList();
  }

  private static Job timer(ProcessInstance instance, String listener) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).timers().list().stream()
        .filter(job -> managementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
            .singleResult().getJobConfiguration()
            .contains(listener + "At"))
        .findFirst().orElseThrow(() -> new AssertionError("no " + listener + " timer among "
            + managementService().createJobQuery().processInstanceId(instance.getId()).list().stream()
            .map(job -> managementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                .singleResult().getJobConfiguration()).toList()));
  }
}
