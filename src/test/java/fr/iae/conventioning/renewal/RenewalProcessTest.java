package fr.iae.conventioning.renewal;

import static fr.iae.conventioning.renewal.RenewalProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;

import fr.iae.conventioning.support.ProcessTest;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RenewalProcessTest extends ProcessTest {

  private RenewalService renewal;

  @BeforeEach
  void realAttainmentListener() {
    renewal = RealRenewalListeners.register();
  }

  private static Map<String, Object> results(int examined, Double durable, Double dynamic, double targetDurable,
      double targetDynamic) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("examinedExits", examined);
    variables.put("achievedDurableRate", durable);
    variables.put("achievedDynamicRate", dynamic);
    variables.put("targetDurableRate", targetDurable);
    variables.put("targetDynamicRate", targetDynamic);
    return variables;
  }

  @ParameterizedTest(name = "{5}")
  @CsvSource(nullValues = "null", value = {
      "20, 30.0, 65.0, true, d'emploi durable et de sorties dynamiques sont atteints, both above their targets",
      "20, 25.0, 60.0, true, d'emploi durable et de sorties dynamiques sont atteints, exactly at the targets",
      "20, 24.9, 70.0, false, vers l'emploi durable est inférieur, lasting employment just below",
      "20, 30.0, 59.9, false, sorties dynamiques est inférieur, dynamic exits just below",
      "20, 10.0, 40.0, false, vers l'emploi durable est inférieur, both below: the first missed target is given",
      "0, null, null, false, Aucune sortie examinée, no examined exits",
  })
  void theDecisionTableSaysWhetherTheObjectivesWereMet(int examined, Double durable, Double dynamic,
      boolean met, String explanation, String description) {
    DmnDecisionTableResult result = engine.getDecisionService().evaluateDecisionTableByKey(DECISION_KEY,
        results(examined, durable, dynamic, 25.0, 60.0));

    assertThat(result.getSingleResult().<Boolean>getEntry("objectivesMet")).isEqualTo(met);
    assertThat(result.getSingleResult().<String>getEntry("explanation")).contains(explanation);
  }

  private ProcessInstance startRenewal(int examined, Double durable, Double dynamic) {
    Map<String, Object> variables = results(examined, durable, dynamic, 25.0, 60.0);
    variables.putAll(withVariables("siret", "41028570400012", "department", "59", "reference", "AI059270001"));
    return runtimeService().startProcessInstanceByKey(KEY, "AI059270001", variables);
  }

  @Test
  void objectivesMetTheStateProposesTheNextFteAndTheNextConventionOpens() {
    ProcessInstance instance = startRenewal(20, 30.0, 65.0);

    assertThat(instance).hasPassed(RULE_ATTAINMENT).isWaitingAt(TASK_PROPOSE_REINFORCEMENT);
    assertThat(instance).variables().containsEntry(VAR_OBJECTIVES_MET, true);
    verify(renewal).recordAttainment(eq(instance.getBusinessKey()), eq(true), contains("sont atteints"));
    assertThat(task(instance)).hasCandidateGroup("direccte-59");
    complete(task(instance), withVariables(VAR_PROPOSED_FTE, 14.0));

    assertThat(instance).isEnded().hasPassed("openNextConvention", "conventionRenewed");
    assertThat(instance).variables().containsEntry(VAR_OUTCOME, "RENEWED");
    assertThat(delegates).containsExactly("next");
  }

  @Test
  void objectivesNotMetTheStructureAnalysesTheCausesAndTheStateRenewsWithAPlan() {
    ProcessInstance instance = startRenewal(20, 15.0, 45.0);

    assertThat(instance).isWaitingAt(TASK_CAUSE_ANALYSIS);
    assertThat(task(instance)).hasCandidateGroup("siae-41028570400012");
    complete(task(instance), withVariables(VAR_CAUSE_ANALYSIS, "Fermeture du principal employeur du bassin"));
    assertThat(task(instance)).hasDefinitionKey(TASK_PRECONISATIONS).hasCandidateGroup("direccte-59");
    complete(task(instance), withVariables(VAR_PRECONISATIONS, "Renforcer les partenariats", VAR_RENEWAL_DECISION,
        "RENEW_WITH_PLAN"));

    assertThat(instance).isEnded().hasPassed("openNextConvention").hasNotPassed(TASK_PROPOSE_REINFORCEMENT);
    assertThat(instance).variables().containsEntry(VAR_OUTCOME, "RENEWED");
  }

  @Test
  void objectivesNotMetAndNotRenewedTheConventionCloses() {
    ProcessInstance instance = startRenewal(0, null, null);

    assertThat(instance).isWaitingAt(TASK_CAUSE_ANALYSIS);
    complete(task(instance), withVariables(VAR_CAUSE_ANALYSIS, "Aucune sortie sur la période"));
    complete(task(instance), withVariables(VAR_PRECONISATIONS, "Revoir le modèle", VAR_RENEWAL_DECISION, "DO_NOT_RENEW"));

    assertThat(instance).isEnded().hasPassed("announceClosing", "conventionNotRenewed").hasNotPassed("openNextConvention");
    assertThat(instance).variables().containsEntry(VAR_OUTCOME, "CLOSED");
    assertThat(delegates).containsExactly("closed");
  }
}
