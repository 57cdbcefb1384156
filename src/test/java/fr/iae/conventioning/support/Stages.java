package fr.iae.conventioning.support;

import fr.iae.conventioning.support.Api.TestStructure;
import java.util.HashMap;
import java.util.Map;

/** Moves a convention through the stages as the demo users would, for tests about later stages. */
public final class Stages {

  private final Api api;

  public Stages(Api api) {
    this.api = api;
  }

  public static String stateAgent(TestStructure structure) {
    return "direccte." + structure.department();
  }

  public static String employmentAgency(TestStructure structure) {
    return "pe." + structure.department();
  }

  public static Map<String, Object> project(double fte) {
    Map<String, Object> values = new HashMap<>();
    values.put("axisReception", "Accueil collectif, livret d'accueil, tuteur désigné pour chaque salarié.");
    values.put("axisSupport", "Une conseillère en insertion à temps plein, partenariats logement et mobilité.");
    values.put("axisTraining", "Savoirs de base et CACES avec l'OPCO.");
    values.put("axisTerritory", "Entretien des espaces verts de trois communes, clauses sociales.");
    values.put("requestedFte", fte);
    return values;
  }

  public static Map<String, Object> rates(double durable, double transition, double positive) {
    Map<String, Object> values = new HashMap<>();
    values.put("targetDurableRate", durable);
    values.put("targetTransitionRate", transition);
    values.put("targetPositiveRate", positive);
    return values;
  }

  /** A funders' conference date far enough ahead for the notice the application requires. */
  public static String conferenceDate(fr.iae.conventioning.deadline.WorkingDayCalendar calendar) {
    return calendar.plusWorkingDays(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")), 8, "59").toString();
  }

  /** An existing convention's project sent and found complete (a renewal, say). */
  public void throughProjectOf(TestStructure structure, String reference) {
    api.completeTask(structure.userId(), reference, "submitInsertionProject", project(12));
    api.completeTask(stateAgent(structure), reference, "reviewApplication", Map.of("applicationComplete", true));
  }

  /** A new convention, its project sent and found complete: stage 2 is waiting for the State service. */
  public String throughProject(TestStructure structure, String start, int months, double fte) {
    String reference = api.startConvention(stateAgent(structure), structure.siret(), start, months);
    api.completeTask(structure.userId(), reference, "submitInsertionProject", project(fte));
    api.completeTask(stateAgent(structure), reference, "reviewApplication", Map.of("applicationComplete", true));
    return reference;
  }

  /** Fires the convention's one timer of that id (a report date, its end), as the job executor would. */
  public static void fireTimer(org.camunda.bpm.engine.ProcessEngine engine, String reference, String timerId) {
    java.util.List<org.camunda.bpm.engine.runtime.Job> timers = engine.getManagementService().createJobQuery()
        .timers().activityId(timerId).list().stream()
        .filter(job -> reference.equals(engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceId(job.getProcessInstanceId()).singleResult().getBusinessKey()))
        .toList();
    org.assertj.core.api.Assertions.assertThat(timers).as(timerId + " of " + reference).hasSize(1);
    engine.getManagementService().executeJob(timers.get(0).getId());
  }

  /** The engine's job of an asynchronous step of a convention's processes, executed as the job executor would. */
  public static void executeJob(org.camunda.bpm.engine.ProcessEngine engine, String reference, String activityId) {
    org.camunda.bpm.engine.runtime.Job job = engine.getManagementService().createJobQuery().activityId(activityId)
        .list().stream()
        .filter(candidate -> reference.equals(engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceId(candidate.getProcessInstanceId()).singleResult().getBusinessKey()))
        .findFirst().orElseThrow(() -> new AssertionError("no job " + activityId + " for " + reference));
    engine.getManagementService().executeJob(job.getId());
  }

  /**
   * A convention through stages 1 to 3: project, objectives, a conference with one funder, the CDIAE's favourable
   * opinion, both signatures and the signed document. Stage 4 has begun.
   */
  public String signed(org.camunda.bpm.engine.ProcessEngine engine, TestStructure structure, String start, int months,
      double durable, double transition, double positive, String conferenceDate) {
    String reference = signedByAll(structure, start, months, durable, transition, positive, conferenceDate);
    executeJob(engine, reference, "issueSignedConvention");
    return reference;
  }

  /** The same, up to the last signature: the signed document is the job executor's to issue. */
  public String signedByAll(TestStructure structure, String start, int months, double durable, double transition,
      double positive, String conferenceDate) {
    String reference = throughProject(structure, start, months, 10);
    agreeObjectives(structure, reference, durable, transition, positive);
    String department = structure.department();
    String funder = "59".equals(department) ? "cd59" : "cd62";
    api.completeTask(stateAgent(structure), reference, "prepareFundersConference", Map.of(
        "funders", Api.TypedValue.json("[\"" + funder + "\"]"), "conferenceDate", conferenceDate));
    api.completeTask("financeur." + funder, reference, "commitFunding",
        Map.of("fundingCommitted", true, "fundingAmount", 20000, "fundingNature", "FINANCIAL"));
    api.completeTask(stateAgent(structure), reference, "summarizeFundersConference",
        Map.of("agreedFte", 10, "modulationRate", 2));
    api.completeTask("cdiae." + department, reference, "recordCdiaeOpinion", Map.of("cdiaeOpinion", "FAVORABLE",
        "cdiaeSessionDate", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString()));
    api.completeTask("prefet." + department, reference, "signConventionPrefect", Map.of("prefectSigned", true));
    api.completeTask(employmentAgency(structure), reference, "signConventionEmploymentAgency",
        Map.of("employmentAgencySigned", true));
    if (api.hasTask(structure.userId(), reference, "signConventionStructure")) {
      // absent from the definitions of v0.1.0 (the upgrade test's first phase)
      api.completeTask(structure.userId(), reference, "signConventionStructure", Map.of("structureSigned", true));
    }
    if (api.hasTask("financeur." + funder, reference, "signConventionDepartment")) {
      // the co-funding Conseil départemental co-signs (absent from the definitions of v0.1.0 too)
      api.completeTask("financeur." + funder, reference, "signConventionDepartment", Map.of("departmentSigned", true));
    }
    return reference;
  }

  /** The eight exit counts, in the order of the contract. */
  public static Map<String, Object> exits(int durable, int transition, int positive, int unemployed, int inactive,
      int noNews, int otherKnown, int withdrawn, double fteRealized) {
    Map<String, Object> values = new HashMap<>();
    values.put("exitsDurable", durable);
    values.put("exitsTransition", transition);
    values.put("exitsPositive", positive);
    values.put("exitsUnemployed", unemployed);
    values.put("exitsInactive", inactive);
    values.put("exitsNoNews", noNews);
    values.put("exitsOtherKnown", otherKnown);
    values.put("exitsWithdrawn", withdrawn);
    values.put("fteRealized", fteRealized);
    return values;
  }

  /** A yearly report: the exits and FTE, and the people hired and the training given (12 hires, 9 priority, 8 of 20 trained). */
  public static Map<String, Object> yearly(Map<String, Object> exits) {
    Map<String, Object> values = new HashMap<>(exits);
    values.put("hires", 12);
    values.put("hiresPriority", 9);
    values.put("hiresLongTermUnemployed", 5);
    values.put("hiresRsa", 3);
    values.put("hiresPriorityNeighbourhood", 2);
    values.put("hiresDisabled", 1);
    values.put("employeesSupported", 20);
    values.put("employeesTrained", 8);
    return values;
  }

  /** One year of stage 4 as each party answers it: report, review, dialogue, the next annex proposed and signed. */
  public void yearlyCycle(org.camunda.bpm.engine.ProcessEngine engine, TestStructure structure, String reference,
      Map<String, Object> exits) {
    fireTimer(engine, reference, "reportDue");
    api.completeTask(structure.userId(), reference, "submitFollowUpReport", yearly(exits));
    api.completeTask(stateAgent(structure), reference, "reviewFollowUpReport", Map.of("difficultiesFlagged", false));
    api.completeTask(stateAgent(structure), reference, "holdManagementDialogue",
        Map.of("dialogueOutcome", "Activité conforme aux objectifs."));
    signNextAnnex(structure, reference, Map.of());
  }

  /**
   * The annex the State service has to propose, with the given fields (none: as pre-filled), accepted and signed by
   * the structure, co-signed by the Conseil départemental when it co-funds, signed by the prefect.
   */
  public void signNextAnnex(TestStructure structure, String reference, Map<String, Object> proposal) {
    api.completeTask(stateAgent(structure), reference, "proposeAnnex", proposal);
    api.completeTask(structure.userId(), reference, "acceptAnnex", Map.of("annexAccepted", true));
    String funder = "financeur.cd" + structure.department();
    if (api.hasTask(funder, reference, "signAnnexDepartment")) {
      api.completeTask(funder, reference, "signAnnexDepartment", Map.of("annexDepartmentSigned", true));
    }
    api.completeTask("prefet." + structure.department(), reference, "signAnnexPrefect",
        Map.of("annexPrefectSigned", true));
  }

  /** Objectives proposed, approved by Pôle emploi and accepted by the structure at the first round. */
  public void agreeObjectives(TestStructure structure, String reference, double durable, double transition,
      double positive) {
    api.completeTask(stateAgent(structure), reference, "proposeObjectives", rates(durable, transition, positive));
    api.completeTask(employmentAgency(structure), reference, "reviewObjectivesEmploymentAgency",
        Map.of("employmentAgencyAgrees", true));
    api.completeTask(structure.userId(), reference, "respondToObjectives", Map.of("objectivesAccepted", true));
  }
}
