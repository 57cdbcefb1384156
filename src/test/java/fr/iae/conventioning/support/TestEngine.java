package fr.iae.conventioning.support;

import fr.iae.conventioning.deadline.DeadlinePolicy;
import fr.iae.conventioning.deadline.DeadlineProperties;
import fr.iae.conventioning.deadline.DueDateStep;
import fr.iae.conventioning.deadline.TaskDeadlines;
import fr.iae.conventioning.deadline.WorkingDayCalendar;
import fr.iae.conventioning.engine.EngineClock;
import fr.iae.conventioning.followup.FollowUpExpressions;
import fr.iae.conventioning.followup.FollowUpSchedule;
import fr.iae.conventioning.engine.TaskCreationStep;
import fr.iae.conventioning.engine.UserInputRefusalPlugin;
import fr.iae.conventioning.engine.UserTaskDefaultsPlugin;
import fr.iae.conventioning.notification.TaskNotifications;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One in-memory engine for the BPMN tests: job executor off, the application's user-task plugin, and a map of
 * beans that tests fill with the delegates they need (real ones or stand-ins). Everything in {@code processes/} and
 * {@code forms/} is deployed once, as in the application.
 */
public final class TestEngine {

  public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  public static final Map<Object, Object> BEANS = new HashMap<>();
  public static final List<TaskCreationStep> CREATION_STEPS = new ArrayList<>();
  public static final DeadlineProperties DEADLINES = new DeadlineProperties(10, LocalTime.of(18, 0), 2,
      LocalTime.of(9, 0), Map.of("submitInsertionProject", 20, "reviewApplication", 10, "proposeObjectives", 15));
  public static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar();
  public static final DeadlinePolicy POLICY = new DeadlinePolicy(DEADLINES, CALENDAR, ZONE);

  private static ProcessEngine engine;

  private TestEngine() {}

  public static synchronized ProcessEngine get() {
    if (engine == null) {
      engine = build();
    }
    return engine;
  }

  private static ProcessEngine build() {
    TaskDeadlines deadlines = new TaskDeadlines(POLICY, new EngineClock(ZONE));
    BEANS.put("taskDeadlines", deadlines);
    BEANS.put("followUp", new FollowUpExpressions(new FollowUpSchedule("P1Y", null, ZONE)));
    CREATION_STEPS.add(new DueDateStep(deadlines));

    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:bpmn-tests;DB_CLOSE_DELAY=-1");
    configuration.setProcessEngineName("bpmn-tests");
    configuration.setJobExecutorActivate(false);
    configuration.setHistory("full");
    configuration.setEnforceHistoryTimeToLive(true);
    configuration.setBeans(BEANS);
    // as in the application: Spin for JSON variables (the funders list, the decision table's result)
    configuration.setDefaultSerializationFormat("application/json");
    configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
    configuration.getProcessEnginePlugins().add(new UserTaskDefaultsPlugin(() -> CREATION_STEPS,
        List.of(TaskNotifications.REMINDER, TaskNotifications.ESCALATION)));
    configuration.getProcessEnginePlugins().add(new UserInputRefusalPlugin());
    ProcessEngine built = configuration.buildProcessEngine();

    DeploymentBuilder deployment = built.getRepositoryService().createDeployment().name("conventioning-tests");
    try {
      PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
      for (String pattern : List.of("classpath*:processes/*.bpmn", "classpath*:processes/*.dmn", "classpath*:forms/*.form")) {
        for (Resource resource : resolver.getResources(pattern)) {
          try (InputStream in = resource.getInputStream()) {
            deployment.addString(resource.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    deployment.deploy();
    return built;
  }
}
