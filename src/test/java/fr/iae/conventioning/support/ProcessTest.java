package fr.iae.conventioning.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import fr.iae.conventioning.followup.RealFollowUpListeners;
import fr.iae.conventioning.objectives.RealObjectivesRules;
import fr.iae.conventioning.renewal.RealRenewalListeners;
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
 * Base of the BPMN tests: the shared in-memory engine, the clock set to a known Monday morning in Paris, the real
 * listeners of the stages whose routing depends on a rule (rounds, periods, the decision table), on mocks of the
 * services that record, and stand-ins without rules for the other delegates, which tests replace when they need a
 * real effect. No rule is written a second time here.
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
    // stages 2, 4 and 5: their real listeners, on mocks of the services that record
    RealObjectivesRules.register(3);
    // stage 3
    for (String listener : List.of("meansNegotiationStartListener", "fundersAnswersListener", "refusalReasonsListener")) {
      TestEngine.BEANS.put(listener, (ExecutionListener) execution -> { });
    }
    for (String listener : List.of("prepareFundersConferenceListener", "commitFundingListener",
        "recordCdiaeOpinionListener", "signConventionPrefectListener",
        "signConventionEmploymentAgencyListener", "signConventionStructureListener",
        "signConventionDepartmentListener", "decideAfterUnfavorableOpinionListener")) {
      TestEngine.BEANS.put(listener, none);
    }
    // the Conseil départemental co-signs when a test says it co-funds
    TestEngine.BEANS.put("summarizeFundersConferenceListener", (TaskListener) task ->
        task.setVariable("conventionCosigner", task.getVariable("testCosigner")));
    TestEngine.BEANS.put("fundingConference", new FakeFundingConference());
    TestEngine.BEANS.put("fundingNoAnswerDelegate",
        (JavaDelegate) execution -> delegates.add("noAnswer:" + execution.getVariable("funder")));
    TestEngine.BEANS.put("signedConventionDelegate", (JavaDelegate) execution -> delegates.add("signed"));
    TestEngine.BEANS.put("conventionRefusedDelegate", (JavaDelegate) execution -> delegates.add("refused"));
    RealFollowUpListeners.register();
    for (String listener : List.of("reviewFollowUpReportListener", "holdManagementDialogueListener",
        "proposeAnnexListener", "acceptAnnexListener", "signAnnexDepartmentListener", "signAnnexPrefectListener",
        "acceptAmendmentListener", "signAmendmentPrefectListener",
        "analyseResultsListener", "proposeReinforcementListener",
        "submitCauseAnalysisListener", "definePreconisationsListener")) {
      TestEngine.BEANS.put(listener, none);
    }
    TestEngine.BEANS.put("cdiaeInformationDelegate", (JavaDelegate) execution -> delegates.add("cdiae"));
    TestEngine.BEANS.put("dialogueInvitationDelegate", (JavaDelegate) execution -> delegates.add("invitation"));
    TestEngine.BEANS.put("annexesClosedListener", (ExecutionListener) execution -> delegates.add("annexesClosed"));
    RealRenewalListeners.register();
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
