package fr.iae.conventioning.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.iae.conventioning.support.Api;
import fr.iae.conventioning.support.Api.TestStructure;
import fr.iae.conventioning.support.ApplicationTest;
import fr.iae.conventioning.support.Stages;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's history keeps instances, tasks, each variable's last value and the timers' runs, not the rest (no
 * details, no timer scheduling log, no history of the Tasklist columns' copies).
 */
@ApplicationTest
class LeanHistoryIT {

  @Autowired
  Api api;

  @Autowired
  HistoryService history;

  @Autowired
  TaskService tasks;

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
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .variableName("reference").list()).singleElement()
        .satisfies(variable -> assertThat(variable.getTaskId()).isNull());
  }
}
