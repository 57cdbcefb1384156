package fr.iae.conventioning.upgrade;

import static fr.iae.conventioning.support.Stages.exits;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.iae.conventioning.ConventioningApplication;
import fr.iae.conventioning.deadline.WorkingDayCalendar;
import fr.iae.conventioning.support.Api;
import fr.iae.conventioning.support.Api.TestStructure;
import fr.iae.conventioning.support.FreshDatabase;
import fr.iae.conventioning.support.Stages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * An upgrade from an earlier release, as an administrator does it: that release's processes and forms (kept under
 * {@code src/test/resources/releases/}) and its database schema run first and leave conventions waiting
 * at every stage — each task, the funders' timer, the signed document's asynchronous step, the follow-up timers;
 * then the current application starts on the same database and every one of those conventions is brought to its
 * end. Runs on the database CI gives ({@code DB_URL}), in a database of its own.
 */
class UpgradeIT {

  /**
   * The releases whose conventions may still run (conventions live three years): the first, whose definitions
   * differ most, and the previous one.
   */
  static final String[] EARLIER_RELEASES = {"v0.1.0", "v0.4.0"};
  static final String FIRST_RELEASE = "v0.1.0";
  /**
   * The schema the first run uses. It was v0.1.0's last migration (5); the current entities need the columns of
   * migrations 7 and 8, so the first run (current Java code) now takes the schema up to 8. {@link SchemaChainIT}
   * shows migrations 7 and 8 filling the rows an earlier release wrote.
   */
  static final String PREVIOUS_SCHEMA = "8";
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** The release the conventions are left waiting on. */
  String release;
  /** Where each convention was left by the earlier release, by reference. */
  final Map<String, String> waiting = new LinkedHashMap<>();
  /** A renewed convention begun on the previous definitions. */
  String renewal;
  final Map<String, TestStructure> structures = new LinkedHashMap<>();

  @ParameterizedTest(name = "from {0}")
  @FieldSource("EARLIER_RELEASES")
  void conventionsLeftWaitingByAnEarlierReleaseFinishOnTheCurrentOne(String earlier) throws Exception {
    release = earlier;
    String url = FreshDatabase.create("upgrade");
    try (ConfigurableApplicationContext previous = start(url, release)) {
      leaveConventionsWaiting(previous);
    }
    try (ConfigurableApplicationContext current = start(url, null)) {
      ProcessEngine engine = current.getBean(ProcessEngine.class);
      assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("conventioning")
          .count()).as("the current release deployed its own definitions beside the previous ones").isEqualTo(2);
      assertThat(previousBeansMissingFrom(current, release)).as("beans the previous definitions name").isEmpty();
      assertThat(current.getBean(EarlierDefinitionsReport.class).earlierDefinitionsByConvention().keySet())
          .as("conventions reported as going on with the previous definitions").containsAll(waiting.keySet());
      Api api = api(current);
      for (Map.Entry<String, String> convention : waiting.entrySet()) {
        String status = finish(engine, api, convention.getKey(), structures.get(convention.getKey()));
        assertThat(status).as("%s, left at %s", convention.getKey(), convention.getValue())
            .isIn("RENEWED", "CLOSED", "REFUSED");
        if ("RENEWED".equals(status)) {
          // renewed by this release: a number of its own, no annex suffix
          assertThat(api.get(Api.ADMIN, "/api/conventions/" + convention.getKey()).body()
              .at("/renewal/nextConvention").asText()).matches("[A-Z]+[0-9][0-9AB][0-9][0-9]{6}");
        }
      }
      assertThat(engine.getRuntimeService().createIncidentQuery().count()).as("incidents").isZero();
      JsonNode renewed = api.get(Api.ADMIN, "/api/conventions/" + renewal).body();
      assertThat(renewed.get("reference").asText()).as("a number of the previous release, kept").isEqualTo(renewal);
      assertThat(renewed.get("previousConvention").isNull()).as("the renewal keeps the link to its predecessor")
          .isFalse();
      assertThat(annexNumbers(api, byPlace("signConventionEmploymentAgency"))).containsExactly("A0M0", "A1M0");
      if (FIRST_RELEASE.equals(release)) {
        // stage 4 begun after the upgrade runs the yearly annexes; stage 4 begun on the first release's follow-up
        // finishes without them
        assertThat(annexNumbers(api, byPlace("submitFollowUpReport"))).isEmpty();
      } else {
        assertThat(annexNumbers(api, byPlace("submitFollowUpReport"))).containsExactly("A0M0", "A1M0");
      }
    }
  }

  // ------------------------------------------------------------------------------------------ the previous release

  private void leaveConventionsWaiting(ConfigurableApplicationContext context) {
    ProcessEngine engine = context.getBean(ProcessEngine.class);
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("conventioning")
        .singleResult().getResourceName()).contains("releases/" + release);
    Api api = api(context);
    Stages stages = new Stages(api);
    String conference = Stages.conferenceDate(context.getBean(WorkingDayCalendar.class));
    String today = LocalDate.now(PARIS).toString();

    TestStructure s = structure(api, "59", "ACI");
    keep(api.startConvention(Stages.stateAgent(s), s.siret(), "2027-01-01", 36), s, "submitInsertionProject");

    s = structure(api, "62", "EI");
    String reference = api.startConvention(Stages.stateAgent(s), s.siret(), "2027-01-01", 24);
    api.completeTask(s.userId(), reference, "submitInsertionProject", Stages.project(8));
    keep(reference, s, "reviewApplication");

    s = structure(api, "59", "AI");
    keep(stages.throughProject(s, "2027-01-01", 24, 10), s, "proposeObjectives");

    s = structure(api, "59", "ETTI");
    reference = stages.throughProject(s, "2027-01-01", 24, 10);
    api.completeTask(Stages.stateAgent(s), reference, "proposeObjectives", Stages.rates(25, 20, 15));
    keep(reference, s, "reviewObjectivesEmploymentAgency");

    s = structure(api, "62", "ACI");
    reference = stages.throughProject(s, "2027-01-01", 24, 10);
    api.completeTask(Stages.stateAgent(s), reference, "proposeObjectives", Stages.rates(25, 20, 15));
    api.completeTask(Stages.employmentAgency(s), reference, "reviewObjectivesEmploymentAgency",
        Map.of("employmentAgencyAgrees", true));
    keep(reference, s, "respondToObjectives");

    s = structure(api, "59", "EI");
    reference = stages.throughProject(s, "2027-01-01", 24, 10);
    stages.agreeObjectives(s, reference, 25, 20, 15);
    keep(reference, s, "prepareFundersConference");

    s = structure(api, "59", "ACI");
    reference = prepared(api, stages, s, conference);
    keep(reference, s, "commitFunding");

    s = structure(api, "59", "ACI");
    reference = prepared(api, stages, s, conference);
    api.completeTask("financeur.cd59", reference, "commitFunding",
        Map.of("fundingCommitted", true, "fundingAmount", 15000, "fundingNature", "FINANCIAL"));
    keep(reference, s, "summarizeFundersConference");

    s = structure(api, "59", "EI");
    reference = summarized(api, stages, s, conference);
    keep(reference, s, "recordCdiaeOpinion");

    s = structure(api, "59", "AI");
    reference = summarized(api, stages, s, conference);
    api.completeTask("cdiae.59", reference, "recordCdiaeOpinion",
        Map.of("cdiaeOpinion", "UNFAVORABLE", "cdiaeComment", "Projet trop peu précis.", "cdiaeSessionDate", today));
    keep(reference, s, "decideAfterUnfavorableOpinion");

    s = structure(api, "59", "ACI");
    reference = summarized(api, stages, s, conference);
    api.completeTask("cdiae.59", reference, "recordCdiaeOpinion",
        Map.of("cdiaeOpinion", "FAVORABLE", "cdiaeSessionDate", today));
    api.completeTask("prefet.59", reference, "signConventionPrefect", Map.of("prefectSigned", true));
    keep(reference, s, "signConventionEmploymentAgency");

    s = structure(api, "59", "EI");
    reference = summarized(api, stages, s, conference);
    api.completeTask("cdiae.59", reference, "recordCdiaeOpinion",
        Map.of("cdiaeOpinion", "FAVORABLE", "cdiaeSessionDate", today));
    api.completeTask("prefet.59", reference, "signConventionPrefect", Map.of("prefectSigned", true));
    api.completeTask("pe.59", reference, "signConventionEmploymentAgency", Map.of("employmentAgencySigned", true));
    keep(reference, s, "issueSignedConvention (asynchrone)");

    s = structure(api, "62", "ETTI");
    keep(stages.signed(engine, s, "2027-01-01", 24, 25, 20, 15, conference), s, "reportDue (minuteur)");

    s = structure(api, "59", "ACI");
    reference = stages.signed(engine, s, "2027-01-01", 24, 25, 20, 15, conference);
    fireTimer(engine, reference, "reportDue");
    keep(reference, s, "submitFollowUpReport");

    s = structure(api, "59", "AI");
    reference = stages.signed(engine, s, "2027-01-01", 24, 25, 20, 15, conference);
    fireTimer(engine, reference, "reportDue");
    // the first release's yearly report had no hiring counts; later ones ask them
    Map<String, Object> report = exits(3, 2, 1, 2, 0, 0, 0, 1, 8.5);
    api.completeTask(s.userId(), reference, "submitFollowUpReport",
        FIRST_RELEASE.equals(release) ? report : Stages.yearly(report));
    api.completeTask(Stages.stateAgent(s), reference, "reviewFollowUpReport",
        Map.of("difficultiesFlagged", true, "followUpComment", "ETP en retrait."));
    keep(reference, s, "holdManagementDialogue");

    s = structure(api, "59", "EI");
    reference = stages.signed(engine, s, "2027-01-01", 12, 25, 20, 15, conference);
    fireTimer(engine, reference, "conventionEnded");
    api.completeTask(s.userId(), reference, "submitFinalReport", exits(6, 4, 3, 5, 1, 1, 0, 2, 9.5));
    keep(reference, s, "analyseResults");

    s = structure(api, "59", "ACI");
    reference = stages.signed(engine, s, "2027-01-01", 12, 30, 20, 15, conference);
    fireTimer(engine, reference, "conventionEnded");
    api.completeTask(s.userId(), reference, "submitFinalReport", exits(1, 2, 1, 5, 1, 0, 0, 0, 6));
    api.completeTask(Stages.stateAgent(s), reference, "analyseResults", Map.of("sharedAnalysis", "Résultats faibles."));
    keep(reference, s, "submitCauseAnalysis");

    s = structure(api, "59", "AI");
    reference = stages.signed(engine, s, "2027-01-01", 12, 25, 20, 15, conference);
    fireTimer(engine, reference, "conventionEnded");
    api.completeTask(s.userId(), reference, "submitFinalReport", exits(6, 4, 3, 5, 1, 1, 0, 2, 9.5));
    api.completeTask(Stages.stateAgent(s), reference, "analyseResults", Map.of("sharedAnalysis", "Objectifs atteints."));
    keep(reference, s, "proposeReinforcement");

    // a renewal begun on the earlier definitions (phase 1 runs today's Java code: its number is a new one)
    s = structure(api, "62", "EI");
    reference = stages.signed(engine, s, "2027-01-01", 12, 25, 20, 15, conference);
    fireTimer(engine, reference, "conventionEnded");
    api.completeTask(s.userId(), reference, "submitFinalReport", exits(6, 4, 3, 5, 1, 1, 0, 2, 9.5));
    api.completeTask(Stages.stateAgent(s), reference, "analyseResults", Map.of("sharedAnalysis", "Objectifs atteints."));
    api.completeTask(Stages.stateAgent(s), reference, "proposeReinforcement", Map.of("proposedFte", 12));
    // (the convention's page reads tables this schema does not have yet: the engine tells the renewal's number)
    String renewed = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("conventioning")
        .variableValueEquals("previousConventionReference", reference).singleResult().getBusinessKey();
    if (FIRST_RELEASE.equals(release)) {
      // numbered as the first release numbered renewals, which the current one must leave as it is
      renewal = reference + "A1M0";
      renumber(context, renewed, renewal);
      keep(renewal, s, "submitInsertionProject (convention renouvelée, numérotée <référence>A1M0)");
    } else {
      renewal = renewed;
      keep(renewal, s, "submitInsertionProject (convention renouvelée)");
    }
  }

  /** Gives a convention the number the previous release would have given it, everywhere the number is kept. */
  private static void renumber(ConfigurableApplicationContext context, String from, String to) {
    org.springframework.jdbc.core.JdbcTemplate jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
    jdbc.update("update convention set reference = ? where reference = ?", to, from);
    jdbc.update("update ACT_RU_EXECUTION set BUSINESS_KEY_ = ? where BUSINESS_KEY_ = ?", to, from);
    jdbc.update("update ACT_HI_PROCINST set BUSINESS_KEY_ = ? where BUSINESS_KEY_ = ?", to, from);
    jdbc.update("update ACT_RU_VARIABLE set TEXT_ = ? where NAME_ = 'reference' and TEXT_ = ?", to, from);
    jdbc.update("update ACT_HI_VARINST set TEXT_ = ? where NAME_ = 'reference' and TEXT_ = ?", to, from);
  }

  private String prepared(Api api, Stages stages, TestStructure s, String conference) {
    String reference = stages.throughProject(s, "2027-01-01", 24, 10);
    stages.agreeObjectives(s, reference, 25, 20, 15);
    api.completeTask(Stages.stateAgent(s), reference, "prepareFundersConference", Map.of(
        "funders", Api.TypedValue.json("[\"cd59\"]"), "conferenceDate", conference));
    return reference;
  }

  private String summarized(Api api, Stages stages, TestStructure s, String conference) {
    String reference = prepared(api, stages, s, conference);
    api.completeTask("financeur.cd59", reference, "commitFunding",
        Map.of("fundingCommitted", true, "fundingAmount", 15000, "fundingNature", "FINANCIAL"));
    api.completeTask(Stages.stateAgent(s), reference, "summarizeFundersConference",
        Map.of("agreedFte", 10, "modulationRate", 2));
    return reference;
  }

  private TestStructure structure(Api api, String department, String kind) {
    return api.newStructure(department, kind);
  }

  private void keep(String reference, TestStructure structure, String where) {
    waiting.put(reference, where);
    structures.put(reference, structure);
  }

  // ------------------------------------------------------------------------------------------- the current release

  /**
   * Completes whatever the convention waits for, as the party whose turn it is would, until it ends: the happy path
   * from wherever it stands (a convention left in a refusal or a failed objective takes its own way out).
   */
  private String finish(ProcessEngine engine, Api api, String reference, TestStructure s) {
    String state = Stages.stateAgent(s);
    String department = s.department();
    String today = LocalDate.now(PARIS).toString();
    for (int step = 0; step < 60; step++) {
      String status = api.get(Api.ADMIN, "/api/conventions/" + reference).body().get("status").asText();
      if (Set.of("RENEWED", "CLOSED", "REFUSED").contains(status)) {
        return status;
      }
      JsonNode tasks = api.tasks(Api.ADMIN, reference);
      if (tasks.isEmpty()) {
        executeNextJob(engine, reference);
        continue;
      }
      String task = tasks.get(0).get("taskDefinitionKey").asText();
      switch (task) {
        case "submitInsertionProject" -> api.completeTask(s.userId(), reference, task, Stages.project(10));
        case "reviewApplication" -> api.completeTask(state, reference, task, Map.of("applicationComplete", true));
        case "proposeObjectives", "arbitrateObjectives" ->
            api.completeTask(state, reference, task, Stages.rates(25, 20, 15));
        case "reviewObjectivesEmploymentAgency" -> api.completeTask(Stages.employmentAgency(s), reference, task,
            Map.of("employmentAgencyAgrees", true));
        case "respondToObjectives" -> api.completeTask(s.userId(), reference, task, Map.of("objectivesAccepted", true));
        case "prepareFundersConference" -> api.completeTask(state, reference, task, Map.of(
            "funders", Api.TypedValue.json("[\"cd" + department + "\"]"),
            "conferenceDate", Stages.conferenceDate(new WorkingDayCalendar())));
        case "commitFunding" -> api.completeTask("financeur.cd" + department, reference, task,
            Map.of("fundingCommitted", true, "fundingAmount", 15000, "fundingNature", "FINANCIAL"));
        case "summarizeFundersConference" ->
            api.completeTask(state, reference, task, Map.of("agreedFte", 10, "modulationRate", 2));
        case "recordCdiaeOpinion" -> api.completeTask("cdiae." + department, reference, task,
            Map.of("cdiaeOpinion", "FAVORABLE", "cdiaeSessionDate", today));
        case "decideAfterUnfavorableOpinion" -> api.completeTask(state, reference, task,
            Map.of("decision", "REFUSE", "decisionComment", "Le projet ne répond pas aux besoins du territoire."));
        case "signConventionPrefect" ->
            api.completeTask("prefet." + department, reference, task, Map.of("prefectSigned", true));
        case "signConventionEmploymentAgency" -> api.completeTask(Stages.employmentAgency(s), reference, task,
            Map.of("employmentAgencySigned", true));
        case "signConventionStructure" -> api.completeTask(s.userId(), reference, task, Map.of("structureSigned", true));
        case "signConventionDepartment" -> api.completeTask("financeur.cd" + department, reference, task,
            Map.of("departmentSigned", true));
        case "submitFollowUpReport" ->
            api.completeTask(s.userId(), reference, task, Stages.yearly(exits(6, 4, 3, 5, 1, 1, 0, 2, 9.5)));
        case "submitFinalReport" -> api.completeTask(s.userId(), reference, task, exits(6, 4, 3, 5, 1, 1, 0, 2, 9.5));
        case "proposeAnnex" -> api.completeTask(state, reference, task, Map.of());
        case "acceptAnnex" -> api.completeTask(s.userId(), reference, task, Map.of("annexAccepted", true));
        case "signAnnexDepartment" -> api.completeTask("financeur.cd" + department, reference, task,
            Map.of("annexDepartmentSigned", true));
        case "signAnnexPrefect" ->
            api.completeTask("prefet." + department, reference, task, Map.of("annexPrefectSigned", true));
        case "reviewFollowUpReport" -> api.completeTask(state, reference, task, Map.of("difficultiesFlagged", false));
        case "holdManagementDialogue" ->
            api.completeTask(state, reference, task, Map.of("dialogueOutcome", "Deux recrutements prévus."));
        case "analyseResults" -> api.completeTask(state, reference, task, Map.of("sharedAnalysis", "Bilan partagé."));
        case "proposeReinforcement" -> api.completeTask(state, reference, task, Map.of("proposedFte", 12));
        case "submitCauseAnalysis" ->
            api.completeTask(s.userId(), reference, task, Map.of("causeAnalysis", "Fermeture d'une usine."));
        case "definePreconisations" -> api.completeTask(state, reference, task,
            Map.of("preconisations", "Mieux cibler les publics.", "renewalDecision", "RENEW_WITH_PLAN"));
        default -> throw new AssertionError("no way through task " + task + " of " + reference);
      }
    }
    throw new AssertionError(reference + " did not end");
  }

  private String byPlace(String where) {
    return waiting.entrySet().stream().filter(entry -> entry.getValue().equals(where)).findFirst().orElseThrow()
        .getKey();
  }

  private static List<String> annexNumbers(Api api, String reference) {
    List<String> numbers = new ArrayList<>();
    api.get(Api.ADMIN, "/api/conventions/" + reference).body().get("annexes")
        .forEach(annex -> numbers.add(annex.get("number").asText()));
    return numbers;
  }

  /** The next job of a convention no user task waits on: a report date, the end, an asynchronous step. */
  private static void executeNextJob(ProcessEngine engine, String reference) {
    List<String> instances = instancesOf(engine, reference);
    Job job = engine.getManagementService().createJobQuery().list().stream()
        .filter(candidate -> instances.contains(candidate.getProcessInstanceId()))
        .findFirst().orElseThrow(() -> new AssertionError(reference + " waits for nothing a user or a job can give"));
    engine.getManagementService().executeJob(job.getId());
  }

  private static void fireTimer(ProcessEngine engine, String reference, String timerId) {
    List<String> instances = instancesOf(engine, reference);
    Job timer = engine.getManagementService().createJobQuery().timers().activityId(timerId).list().stream()
        .filter(job -> instances.contains(job.getProcessInstanceId())).findFirst()
        .orElseThrow(() -> new AssertionError("no timer " + timerId + " for " + reference));
    engine.getManagementService().executeJob(timer.getId());
  }

  private static List<String> instancesOf(ProcessEngine engine, String reference) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference).list()
        .stream().map(ProcessInstance::getId).toList();
  }

  /** Beans an earlier release's BPMN files name in expressions, missing from the current application. */
  private static Set<String> previousBeansMissingFrom(ConfigurableApplicationContext context, String release)
      throws IOException {
    Set<String> missing = new TreeSet<>();
    // a bean is what a delegate expression names, or what an expression calls a method on; process variables are
    // only read (${department}, ${!objectivesAccepted}), never called; execution and task are the engine's own
    Pattern bean = Pattern.compile("delegateExpression=\"\\$\\{([a-zA-Z][a-zA-Z0-9]*)\\}\""
        + "|\\$\\{\\s*([a-zA-Z][a-zA-Z0-9]*)\\.\\w+\\(");
    int named = 0;
    for (Resource bpmn : new PathMatchingResourcePatternResolver()
        .getResources("classpath*:releases/" + release + "/processes/*.bpmn")) {
      Matcher matcher = bean.matcher(bpmn.getContentAsString(StandardCharsets.UTF_8));
      while (matcher.find()) {
        String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        named++;
        if (!Set.of("execution", "task").contains(name) && !context.containsBean(name)) {
          missing.add(name);
        }
      }
    }
    assertThat(named).as("bean names read from the previous release's BPMN files").isPositive();
    return missing;
  }

  // --------------------------------------------------------------------------------------------------- plumbing

  /** The application on that database, with an earlier release's definitions, or the current ones when null. */
  private static ConfigurableApplicationContext start(String url, String earlierRelease) {
    List<String> properties = new ArrayList<>(List.of(
        "server.port=0",
        "spring.datasource.url=" + url,
        "spring.datasource.username=" + FreshDatabase.user(),
        "spring.datasource.password=" + FreshDatabase.password(),
        "camunda.bpm.job-execution.enabled=false",
        "spring.mail.port=3025",
        "conventioning.mail.dispatch-enabled=false",
        "conventioning.base-url=http://conventionnement.test"));
    if (earlierRelease != null) {
      String release = "classpath*:releases/" + earlierRelease;
      properties.add("camunda.bpm.deployment-resource-pattern=" + release + "/processes/*.bpmn,"
          + release + "/processes/*.dmn," + release + "/forms/*.form");
      properties.add("spring.flyway.target=" + PREVIOUS_SCHEMA);
    }
    // as arguments, which win over application.yaml (builder properties are only defaults)
    return new SpringApplicationBuilder(ConventioningApplication.class)
        .run(properties.stream().map(property -> "--" + property).toArray(String[]::new));
  }

  private static Api api(ConfigurableApplicationContext context) {
    String port = context.getEnvironment().getProperty("local.server.port");
    TestRestTemplate rest = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
    return new Api(rest, context.getBean(ObjectMapper.class));
  }
}
