package fr.iae.conventioning.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import fr.iae.conventioning.project.InsertionProjectProcess;
import fr.iae.conventioning.support.ProcessTest;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
  void afterStageOneTheConventionMovesToTheObjectives() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(ConventioningProcess.KEY,
        withVariables("siret", "51236789700026", "conventionStart", "2027-04-01", "durationMonths", 36));
    ProcessInstance stage = calledProcessInstance(instance);
    complete(task(stage), withVariables("requestedFte", 10.0));
    complete(task(stage), withVariables("applicationComplete", true));

    assertThat(stage).isEnded();
    assertThat(statuses.all()).contains("OBJECTIVES");
  }

  @Test
  void aRefusedStartCreatesNothing() {
    replaceStart(execution -> {
      throw new FormFieldValidationException(null, "Le numéro SIRET est obligatoire.");
    });
    long before = runtimeService().createProcessInstanceQuery().count();

    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(ConventioningProcess.KEY))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Le numéro SIRET est obligatoire.");
    assertThat(runtimeService().createProcessInstanceQuery().count()).isEqualTo(before);
  }
}
