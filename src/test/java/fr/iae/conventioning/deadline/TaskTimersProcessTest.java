package fr.iae.conventioning.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import fr.iae.conventioning.project.InsertionProjectProcess;
import fr.iae.conventioning.support.ProcessTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
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
  void theReminderAndTheEscalationFireAtTheirTimeAndLeaveTheTaskOpen() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(InsertionProjectProcess.KEY,
        withVariables("siret", "51236789700026", "department", "59"));
    assertThat(instance).isWaitingAt(InsertionProjectProcess.TASK_SUBMIT);
    // due Tuesday 30 March 2027 at 18:00: reminder two working days before (Thursday 25, 9:00)
    ZonedDateTime due = ZonedDateTime.of(2027, 3, 30, 18, 0, 0, 0, NOW.getZone());
    Job reminder = timer(instance, "reminder");
    Job escalation = timer(instance, "escalation");
    assertThat(reminder.getDuedate()).isEqualTo(at(ZonedDateTime.of(2027, 3, 25, 9, 0, 0, 0, NOW.getZone())));
    assertThat(escalation.getDuedate()).isEqualTo(at(due));

    ClockUtil.setCurrentTime(at(ZonedDateTime.of(2027, 3, 25, 9, 1, 0, 0, NOW.getZone())));
    execute(reminder);
    assertThat(reminders).containsExactly(InsertionProjectProcess.TASK_SUBMIT);
    assertThat(escalations).isEmpty();
    assertThat(instance).isWaitingAt(InsertionProjectProcess.TASK_SUBMIT);

    ClockUtil.setCurrentTime(at(due.plusMinutes(1)));
    execute(escalation);
    assertThat(escalations).containsExactly(InsertionProjectProcess.TASK_SUBMIT);
    assertThat(instance).isWaitingAt(InsertionProjectProcess.TASK_SUBMIT);
    assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void completingTheTaskStopsItsTimers() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(InsertionProjectProcess.KEY,
        withVariables("siret", "51236789700026", "department", "59"));
    assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count()).isEqualTo(2);

    complete(task(instance));

    // the review task now has its own two timers, the project's are gone
    List<Job> jobs = managementService().createJobQuery().processInstanceId(instance.getId()).list();
    assertThat(jobs).hasSize(2);
    assertThat(jobs).allMatch(job -> job.getDuedate().after(at(NOW)));
    assertThat(task(instance).getTaskDefinitionKey()).isEqualTo(InsertionProjectProcess.TASK_REVIEW);
    assertThat(reminders).isEmpty();
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
