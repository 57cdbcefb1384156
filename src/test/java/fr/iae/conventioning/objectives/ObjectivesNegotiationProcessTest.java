package fr.iae.conventioning.objectives;

import static fr.iae.conventioning.objectives.ObjectivesNegotiationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import fr.iae.conventioning.support.ProcessTest;
import java.time.ZonedDateTime;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ObjectivesNegotiationProcessTest extends ProcessTest {

  private static final String SIRET = "78901234100010";

  private List<ObjectivesRound> recorded;

  @BeforeEach
  void realRules() {
    recorded = RealObjectivesRules.register(3);
  }

  private ProcessInstance startNegotiation() {
    return runtimeService().startProcessInstanceByKey(KEY, "ACI062270001",
        withVariables("siret", SIRET, "department", "62", "reference", "ACI062270001"));
  }

  private void proposeAndReview(ProcessInstance instance) {
    assertThat(instance).isWaitingAt(TASK_PROPOSE);
    assertThat(task(instance)).hasCandidateGroup("direccte-62");
    complete(task(instance), withVariables(VAR_TARGET_DURABLE, 25.0, VAR_TARGET_TRANSITION, 20.0,
        VAR_TARGET_POSITIVE, 15.0));
    assertThat(instance).isWaitingAt(TASK_AGENCY_REVIEW);
    assertThat(task(instance)).hasCandidateGroup("pole-emploi-62");
    complete(task(instance), withVariables(VAR_AGENCY_AGREES, true));
    assertThat(instance).isWaitingAt(TASK_RESPOND);
    assertThat(task(instance)).hasCandidateGroup("siae-" + SIRET);
  }

  @Test
  void theStructureAcceptsAtTheFirstRound() {
    ProcessInstance instance = startNegotiation();
    // 15 working days from Monday 1 March 2027, Easter Monday excluded
    assertThat(task(instance).getDueDate())
        .isEqualTo(at(ZonedDateTime.of(2027, 3, 22, 18, 0, 0, 0, NOW.getZone())));
    proposeAndReview(instance);
    assertThat(task(instance).getDueDate()).isNotNull();

    complete(task(instance), withVariables(VAR_ACCEPTED, true));

    assertThat(instance).isEnded().hasPassed("objectivesAgreed").hasNotPassed(TASK_ARBITRATE);
  }

  @Test
  void aCounterProposalGoesBackToTheStateService() {
    ProcessInstance instance = startNegotiation();
    proposeAndReview(instance);
    complete(task(instance), withVariables(VAR_ACCEPTED, false, VAR_COUNTER_PROPOSAL, "20 % d'emploi durable"));

    assertThat(instance).isWaitingAt(TASK_PROPOSE);
    assertThat(instance).variables().containsEntry(VAR_ROUND, 1).containsEntry(VAR_COUNTER_PROPOSAL,
        "20 % d'emploi durable");
    proposeAndReview(instance);
    complete(task(instance), withVariables(VAR_ACCEPTED, true));

    assertThat(instance).isEnded().hasPassed("objectivesAgreed");
    assertThat(instance).variables().containsEntry(VAR_ROUND, 2);
  }

  @Test
  void afterThreeRefusalsTheStateServiceFixesTheObjectives() {
    ProcessInstance instance = startNegotiation();
    for (int round = 1; round <= 3; round++) {
      proposeAndReview(instance);
      complete(task(instance), withVariables(VAR_ACCEPTED, false, VAR_COUNTER_PROPOSAL, "Refus " + round));
    }

    assertThat(instance).isWaitingAt(TASK_ARBITRATE);
    assertThat(task(instance)).hasCandidateGroup("direccte-62");
    complete(task(instance), withVariables(VAR_TARGET_DURABLE, 22.0, VAR_TARGET_TRANSITION, 20.0,
        VAR_TARGET_POSITIVE, 15.0));

    assertThat(instance).isEnded().hasPassed("objectivesArbitrated").hasNotPassed("objectivesAgreed");
    assertThat(recorded).extracting(ObjectivesRound::getRound).containsExactly(1, 2, 3, 4);
    assertThat(recorded.get(3).getKind()).isEqualTo(ObjectivesRound.Kind.ARBITRATION);
  }

  @Test
  void withTwoRoundsConfiguredTheStateServiceDecidesAfterTheSecondRefusal() {
    RealObjectivesRules.register(2);
    ProcessInstance instance = startNegotiation();
    for (int round = 1; round <= 2; round++) {
      proposeAndReview(instance);
      complete(task(instance), withVariables(VAR_ACCEPTED, false, VAR_COUNTER_PROPOSAL, "Refus " + round));
    }

    assertThat(instance).isWaitingAt(TASK_ARBITRATE);
  }

  @Test
  void theEmploymentAgencysDisagreementReachesTheStructure() {
    ProcessInstance instance = startNegotiation();
    complete(task(instance), withVariables(VAR_TARGET_DURABLE, 35.0, VAR_TARGET_TRANSITION, 20.0,
        VAR_TARGET_POSITIVE, 15.0));
    complete(task(instance), withVariables(VAR_AGENCY_AGREES, false,
        VAR_AGENCY_COMMENT, "35 % est hors de portée sur ce bassin d'emploi"));

    assertThat(instance).isWaitingAt(TASK_RESPOND);
    assertThat(taskService().getVariables(task(instance).getId()))
        .containsEntry(VAR_AGENCY_AGREES, false)
        .containsEntry(VAR_AGENCY_COMMENT, "35 % est hors de portée sur ce bassin d'emploi");
  }
}
