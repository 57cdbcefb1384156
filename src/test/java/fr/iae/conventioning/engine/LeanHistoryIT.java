package fr.iae.conventioning.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.iae.conventioning.support.Api;
import fr.iae.conventioning.support.Api.TestStructure;
import fr.iae.conventioning.support.ApplicationTest;
import fr.iae.conventioning.support.Stages;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's history keeps instances, tasks, each variable's last value and the timers' runs, not the rest (no
 * details, no timer scheduling log, no history of the Tasklist columns' copies nor of what a stage receives).
 */
@ApplicationTest
class LeanHistoryIT {

  @Autowired
  Api api;

  @Autowired
  HistoryService history;

  @Autowired
  TaskService tasks;

  @Autowired
  RuntimeService runtime;

  @Test
  void stepsLeaveNoVariableDetailsAndNoTimerSchedulingLog() {
    TestStructure structure = api.newStructure("62", "EI");
    String reference = api.startConvention("direccte.62", structure.siret(), "2027-06-01", 24);
    new Stages(api).throughProjectOf(structure, reference);

    assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(reference).finished().count())
        .isGreaterThanOrEqualTo(2);
    assertThat(history.createHistoricVariableInstanceQuery().variableName("reference").count()).isPositive();
    assertThat(history.createHistoricDetailQuery().count()).isZero();
    assertThat(history.createHistoricJobLogQuery().jobDefinitionType(TimerTaskListenerJobHandler.TYPE).creationLog()
        .count()).isZero();
    assertThat(history.createHistoricJobLogQuery().jobDefinitionType(TimerTaskListenerJobHandler.TYPE).deletionLog()
        .count()).isZero();
  }

  @Test
  void theTasklistColumnsCopiedOntoEachTaskLeaveNoHistoryOfTheirOwn() {
    TestStructure structure = api.newStructure("62", "EI");
    String reference = api.startConvention("direccte.62", structure.siret(), "2027-06-01", 24);
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult();

    assertThat(tasks.getVariablesLocal(task.getId())).containsEntry("reference", reference)
        .containsEntry("structureName", "Structure de test " + structure.siret());
    assertThat(history.createHistoricVariableInstanceQuery().taskIdIn(task.getId()).count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(mainInstanceOf(task))
        .variableName("reference").list()).singleElement()
        .satisfies(variable -> assertThat(variable.getTaskId()).isNull());
  }

  @Test
  void whatAStageReceivesHasItsHistoryInTheMainProcessAndWhatItChangesOrSetsInTheStage() {
    TestStructure structure = api.newStructure("62", "EI");
    String reference = api.startConvention("direccte.62", structure.siret(), "2027-06-01", 24);
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
    String stage = task.getProcessInstanceId();

    assertThat(runtime.getVariable(stage, "siret")).isEqualTo(structure.siret());
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(stage).variableName("siret").count())
        .isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(mainInstanceOf(task))
        .variableName("siret").singleResult().getValue()).isEqualTo(structure.siret());

    runtime.setVariable(stage, "structureKind", "ACI");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(stage).variableName("structureKind")
        .singleResult().getValue()).isEqualTo("ACI");

    new Stages(api).throughProjectOf(structure, reference);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(stage)
        .variableName("applicationComplete").singleResult().getValue()).isEqualTo(true);
  }

  private String mainInstanceOf(Task task) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
        .getRootProcessInstanceId();
  }
}
