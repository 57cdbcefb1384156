package fr.iae.conventioning.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the BPMN tests: the shared in-memory engine, the clock set to a known Monday morning in Paris, and
 * stand-ins for the application's delegates, which tests replace when they need a real effect.
 */
public abstract class ProcessTest {

  /** Monday 1 March 2027, 10:00 in Paris; Easter Monday is 29 March 2027. */
  public static final ZonedDateTime NOW = ZonedDateTime.of(2027, 3, 1, 10, 0, 0, 0, TestEngine.ZONE);

  @RegisterExtension
  ProcessEngineExtension extension = ProcessEngineExtension.builder()
      .useProcessEngine(TestEngine.get())
      .build();

  protected ProcessEngine engine;
  protected final StatusRecorder statuses = new StatusRecorder();
  protected final List<String> reminders = new ArrayList<>();
  protected final List<String> escalations = new ArrayList<>();
  protected final List<String> delegates = new ArrayList<>();

  @BeforeEach
  void setUpEngine() {
    engine = TestEngine.get();
    init(engine);
    ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
    TestEngine.BEANS.put("conventionStartListener", FakeConventionStart.listener());
    TestEngine.BEANS.put("conventionStatus", statuses);
    TaskListener none = task -> { };
    TestEngine.BEANS.put("submitInsertionProjectListener", none);
    TestEngine.BEANS.put("reviewApplicationListener", none);
    // stage 2: the round counting the real listeners do
    TestEngine.BEANS.put("objectivesNegotiationStartListener", (ExecutionListener) execution -> {
      execution.setVariable("objectivesRound", 0);
      execution.setVariable("objectivesArbitration", false);
    });
    TestEngine.BEANS.put("proposeObjectivesListener", (TaskListener) task ->
        task.setVariable("objectivesRound", ((Number) task.getVariable("objectivesRound")).intValue() + 1));
    TestEngine.BEANS.put("reviewObjectivesEmploymentAgencyListener", none);
    TestEngine.BEANS.put("respondToObjectivesListener", (TaskListener) task -> task.setVariable("objectivesArbitration",
        !Boolean.TRUE.equals(task.getVariable("objectivesAccepted"))
            && ((Number) task.getVariable("objectivesRound")).intValue() >= 3));
    TestEngine.BEANS.put("arbitrateObjectivesListener", none);
    // stage 3
    for (String listener : List.of("meansNegotiationStartListener", "fundersAnswersListener", "refusalReasonsListener")) {
      TestEngine.BEANS.put(listener, (ExecutionListener) execution -> { });
    }
    for (String listener : List.of("prepareFundersConferenceListener", "commitFundingListener",
        "summarizeFundersConferenceListener", "recordCdiaeOpinionListener", "signConventionPrefectListener",
        "signConventionEmploymentAgencyListener", "decideAfterUnfavorableOpinionListener")) {
      TestEngine.BEANS.put(listener, none);
    }
    TestEngine.BEANS.put("fundingConference", new FakeFundingConference());
    TestEngine.BEANS.put("fundingNoAnswerDelegate",
        (JavaDelegate) execution -> delegates.add("noAnswer:" + execution.getVariable("funder")));
    TestEngine.BEANS.put("signedConventionDelegate", (JavaDelegate) execution -> delegates.add("signed"));
    TestEngine.BEANS.put("conventionRefusedDelegate", (JavaDelegate) execution -> delegates.add("refused"));
    // stage 4: the period counting the real listeners do
    TestEngine.BEANS.put("followUpStartListener", (ExecutionListener) execution -> {
      execution.setVariable("followUpPeriod", 1);
      execution.setVariable("followUpStartedAt", ClockUtil.getCurrentTime());
    });
    TestEngine.BEANS.put("submitFollowUpReportListener", (TaskListener) task ->
        task.setVariable("followUpPeriod", ((Number) task.getVariable("followUpPeriod")).intValue() + 1));
    for (String listener : List.of("reviewFollowUpReportListener", "holdManagementDialogueListener",
        "submitFinalReportListener", "analyseResultsListener", "proposeReinforcementListener",
        "submitCauseAnalysisListener", "definePreconisationsListener")) {
      TestEngine.BEANS.put(listener, none);
    }
    TestEngine.BEANS.put("cdiaeInformationDelegate", (JavaDelegate) execution -> delegates.add("cdiae"));
    // stage 5: the decision table's result read as the real listener does
    TestEngine.BEANS.put("objectivesAttainmentListener", (ExecutionListener) execution -> {
      java.util.Map<?, ?> attainment = (java.util.Map<?, ?>) execution.getVariable("attainment");
      execution.setVariable("objectivesMet", attainment.get("objectivesMet"));
      execution.setVariable("attainmentExplanation", attainment.get("explanation"));
    });
    TestEngine.BEANS.put("nextConventionDelegate", (JavaDelegate) execution -> delegates.add("next"));
    TestEngine.BEANS.put("conventionClosedDelegate", (JavaDelegate) execution -> delegates.add("closed"));
    TestEngine.BEANS.put("taskReminderListener", (TaskListener) task -> reminders.add(task.getTaskDefinitionKey()));
    TestEngine.BEANS.put("taskEscalationListener", (TaskListener) task -> escalations.add(task.getTaskDefinitionKey()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  protected static void replace(String bean, Object delegate) {
    TestEngine.BEANS.put(bean, delegate);
  }

  protected static void replaceStart(ExecutionListener listener) {
    TestEngine.BEANS.put("conventionStartListener", listener);
  }

  protected static Date at(ZonedDateTime time) {
    return Date.from(time.toInstant());
  }
}
