package fr.iae.conventioning.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import fr.iae.conventioning.support.ProcessTest;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

class InsertionProjectProcessTest extends ProcessTest {

  private static final String SIRET = "51236789700026";

  private ProcessInstance startStage() {
    return runtimeService().startProcessInstanceByKey(InsertionProjectProcess.KEY, "EI059270001",
        withVariables("siret", SIRET, "department", "59", "reference", "EI059270001"));
  }

  @Test
  void theStructureWritesItsProjectWithinTwentyWorkingDays() {
    ProcessInstance instance = startStage();

    assertThat(instance).isWaitingAt(InsertionProjectProcess.TASK_SUBMIT);
    assertThat(task(instance)).hasCandidateGroup("siae-" + SIRET);
    // 20 working days from Monday 1 March 2027, Easter Monday (29 March) excluded
    assertThat(task(instance).getDueDate())
        .isEqualTo(at(ZonedDateTime.of(2027, 3, 30, 18, 0, 0, 0, NOW.getZone())));
  }

  @Test
  void aCompleteFileEndsTheStage() {
    ProcessInstance instance = startStage();
    complete(task(instance), withVariables("requestedFte", 12.5));

    assertThat(instance).isWaitingAt(InsertionProjectProcess.TASK_REVIEW);
    assertThat(task(instance)).hasCandidateGroup("direccte-59");
    assertThat(task(instance).getDueDate())
        .isEqualTo(at(ZonedDateTime.of(2027, 3, 15, 18, 0, 0, 0, NOW.getZone())));

    complete(task(instance), withVariables("applicationComplete", true));

    assertThat(instance).isEnded().hasPassed("projectAccepted");
  }

  @Test
  void incompleteFileGoesBackToTheStructure() {
    ProcessInstance instance = startStage();
    complete(task(instance));
    complete(task(instance), withVariables("applicationComplete", false, "reviewComment", "Axe 3 vide"));

    assertThat(instance).isWaitingAt(InsertionProjectProcess.TASK_SUBMIT);
    assertThat(task(instance)).hasCandidateGroup("siae-" + SIRET);
    assertThat(instance).variables().containsEntry("reviewComment", "Axe 3 vide");

    complete(task(instance));
    complete(task(instance), withVariables("applicationComplete", true));

    assertThat(instance).isEnded();
    assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(InsertionProjectProcess.TASK_SUBMIT).count()).isEqualTo(2);
  }

  private org.camunda.bpm.engine.HistoryService historyService() {
    return engine.getHistoryService();
  }
}
