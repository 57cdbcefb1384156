package fr.iae.conventioning.security;

import static fr.iae.conventioning.support.Stages.exits;
import static fr.iae.conventioning.support.Stages.project;
import static fr.iae.conventioning.support.Stages.rates;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.iae.conventioning.deadline.WorkingDayCalendar;
import fr.iae.conventioning.engine.UserInput;
import fr.iae.conventioning.engine.UserInput.Field;
import fr.iae.conventioning.engine.UserInputGuard;
import fr.iae.conventioning.support.Api;
import fr.iae.conventioning.support.Api.TestStructure;
import fr.iae.conventioning.support.Api.TypedValue;
import fr.iae.conventioning.support.ApplicationTest;
import fr.iae.conventioning.support.Stages;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * Every user task of a convention's life, tried by its own holder as an intruder would: a field the form does not
 * have, each field with a wrong type, each value the application owns, a shown-only field changed, the variable
 * endpoints, a hand-over outside the party, a deletion. Each is refused in French, and the task, its variables and
 * the convention's records are exactly as before. Then the holder completes the task normally.
 */
@ApplicationTest
class TaskIntrusionIT {

  private static final List<String> PROTECTED = List.of("department", "siret", "reference",
      "previousConventionReference", "funders", "meansOutcome", "renewalOutcome", "annexCosigner", "annexNumber", "conventionCosigner");

  @Autowired
  Api api;

  @Autowired
  ProcessEngine engine;

  @Autowired
  UserInputGuard guard;

  @Autowired
  WorkingDayCalendar calendar;

  private final Set<String> probed = new TreeSet<>();
  private TestStructure outsider;

  @Test
  void everyTaskOfAConventionsLifeTakesOnlyItsOwnFieldsFromItsOwnParty() {
    outsider = api.newStructure("62", "EI");
    TestStructure structure = api.newStructure("59", "ACI");
    String agent = "direccte.59";
    String reference = api.startConvention(agent, structure.siret(), "2027-01-01", 24);

    step(structure.userId(), reference, "submitInsertionProject", project(10));
    step(agent, reference, "reviewApplication", Map.of("applicationComplete", true));
    for (int round = 1; round <= 3; round++) {
      step(agent, reference, "proposeObjectives", rates(30, 20, 10));
      step("pe.59", reference, "reviewObjectivesEmploymentAgency", Map.of("employmentAgencyAgrees", true,
          "employmentAgencyComment", "Note interne de France Travail : public très éloigné."));
      step(structure.userId(), reference, "respondToObjectives",
          Map.of("objectivesAccepted", false, "counterProposal", "Trop ambitieux (tour " + round + ")"));
    }
    step(agent, reference, "arbitrateObjectives", rates(26, 20, 10));
    String conferenceDate = Stages.conferenceDate(calendar);
    step(agent, reference, "prepareFundersConference", Map.of("funders", TypedValue.json("[\"cd59\"]"),
        "conferenceDate", conferenceDate));

    // the funder's task carries the convention's project and objectives, not the others' internal comments
    JsonNode commit = api.task("financeur.cd59", reference, "commitFunding");
    JsonNode seen = api.get("financeur.cd59", "/engine-rest/task/" + commit.get("id").asText() + "/variables").body();
    assertThat(seen.has("axisReception")).isTrue();
    assertThat(seen.has("targetDurableRate")).isTrue();
    assertThat(seen.has("employmentAgencyComment")).as("%s", seen).isFalse();
    assertThat(seen.has("counterProposal")).as("%s", seen).isFalse();
    assertThat(seen.has("reviewComment")).as("%s", seen).isFalse();

    step("financeur.cd59", reference, "commitFunding",
        Map.of("fundingCommitted", true, "fundingAmount", 20000, "fundingNature", "FINANCIAL"));
    step(agent, reference, "summarizeFundersConference", Map.of("agreedFte", 10, "modulationRate", 2));
    String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
    step("cdiae.59", reference, "recordCdiaeOpinion", Map.of("cdiaeOpinion", "UNFAVORABLE",
        "cdiaeComment", "Aucun accompagnement financé.", "cdiaeSessionDate", today));
    step(agent, reference, "decideAfterUnfavorableOpinion", Map.of("decision", "RENEGOTIATE"));
    new Stages(api).agreeObjectives(structure, reference, 25, 20, 15);
    api.completeTask(agent, reference, "prepareFundersConference", Map.of("funders", TypedValue.json("[\"cd59\"]"),
        "conferenceDate", conferenceDate));
    api.completeTask("financeur.cd59", reference, "commitFunding",
        Map.of("fundingCommitted", true, "fundingAmount", 20000, "fundingNature", "FINANCIAL"));
    api.completeTask(agent, reference, "summarizeFundersConference", Map.of("agreedFte", 10, "modulationRate", 2));
    api.completeTask("cdiae.59", reference, "recordCdiaeOpinion", Map.of("cdiaeOpinion", "FAVORABLE",
        "cdiaeSessionDate", today));
    step("prefet.59", reference, "signConventionPrefect", Map.of("prefectSigned", true));
    step("pe.59", reference, "signConventionEmploymentAgency", Map.of("employmentAgencySigned", true));
    step(structure.userId(), reference, "signConventionStructure", Map.of("structureSigned", true));
    step("financeur.cd59", reference, "signConventionDepartment", Map.of("departmentSigned", true));
    Stages.executeJob(engine, reference, "issueSignedConvention");

    Stages.fireTimer(engine, reference, "reportDue");
    step(structure.userId(), reference, "submitFollowUpReport", Stages.yearly(exits(3, 2, 1, 2, 0, 0, 0, 1, 8.5)));
    step(agent, reference, "reviewFollowUpReport",
        Map.of("difficultiesFlagged", true, "followUpComment", "ETP en retrait."));
    step(agent, reference, "holdManagementDialogue", Map.of("dialogueOutcome", "Deux recrutements prévus."));
    step(agent, reference, "proposeAnnex", Map.of("annexFte", 11, "annexModulationRate", 5,
        "annexModulationReason", "Effort de formation à poursuivre."));
    step(structure.userId(), reference, "acceptAnnex", Map.of("annexAccepted", true));
    step("financeur.cd59", reference, "signAnnexDepartment", Map.of("annexDepartmentSigned", true));
    step("prefet.59", reference, "signAnnexPrefect", Map.of("annexPrefectSigned", true));
    assertThat(api.post(agent, "/api/conventions/" + reference + "/annexes/A1M0/amendments",
        Map.of("fte", 12, "reason", "Un chantier de plus.")).status()).isEqualTo(201);
    step(structure.userId(), reference, "acceptAmendment", Map.of("amendmentAccepted", true));
    step("prefet.59", reference, "signAmendmentPrefect", Map.of("amendmentPrefectSigned", true));
    Stages.fireTimer(engine, reference, "conventionEnded");
    step(structure.userId(), reference, "submitFinalReport", exits(6, 4, 3, 5, 1, 1, 0, 2, 9.5));
    step(agent, reference, "analyseResults", Map.of("sharedAnalysis", "Objectifs atteints."));
    step(agent, reference, "proposeReinforcement", Map.of("proposedFte", 14));

    // objectives not met: the structure explains, the State service decides
    TestStructure second = api.newStructure("62", "EI");
    String other = new Stages(api).signed(engine, second, "2027-01-01", 12, 30, 20, 15,
        Stages.conferenceDate(calendar));
    Stages.fireTimer(engine, other, "conventionEnded");
    api.completeTask(second.userId(), other, "submitFinalReport", exits(1, 2, 1, 5, 1, 0, 0, 0, 6));
    api.completeTask("direccte.62", other, "analyseResults", Map.of("sharedAnalysis", "Résultats faibles."));
    step(second.userId(), other, "submitCauseAnalysis", Map.of("causeAnalysis", "Fermeture d'une usine."));
    step("direccte.62", other, "definePreconisations", Map.of("preconisations", "Mieux cibler les publics.",
        "renewalDecision", "RENEW_WITH_PLAN"));

    Set<String> everyTask = new TreeSet<>(guard.inputs().keySet());
    everyTask.remove("conventionRequested");
    assertThat(probed).containsExactlyInAnyOrderElementsOf(everyTask);
  }

  /** The start: only the start form's three fields, no business key, no instructions, no skipped listeners. */
  @Test
  void aStartTakesOnlyTheStartFormsFields() {
    TestStructure structure = api.newStructure("59", "ACI");
    long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("conventioning").count();
    String path = "/engine-rest/process-definition/key/conventioning/start";
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("siret", Map.of("value", structure.siret()));
    variables.put("conventionStart", Map.of("value", "2027-01-01"));
    variables.put("durationMonths", Map.of("value", 24));

    Map<String, Object> renewal = new LinkedHashMap<>(variables);
    renewal.put("previousConventionReference", Map.of("value", "ACI059270001"));
    refused(api.post("direccte.59", path, Map.of("variables", renewal)), 403, "tenue par l'application");
    Map<String, Object> extra = new LinkedHashMap<>(variables);
    extra.put("agreedFte", Map.of("value", 40));
    refused(api.post("direccte.59", path, Map.of("variables", extra)), 400, "ne fait pas partie");
    refused(api.post("direccte.59", path, Map.of("variables", variables, "businessKey", "ACI059279999")), 403,
        "attribuée par l'application");
    refused(api.post("direccte.59", path, Map.of("variables", variables, "startInstructions",
        List.of(Map.of("type", "startBeforeActivity", "activityId", "renewalStage")))), 400, "par son début");
    Api.Response skipping = api.post("direccte.59", path, Map.of("variables", variables,
        "skipCustomListeners", true));
    assertThat(skipping.status()).as("%s", skipping.body()).isBetween(400, 499);
    assertFrench(skipping);
    Map<String, Object> typed = new LinkedHashMap<>(variables);
    typed.put("durationMonths", Map.of("value", "abc", "type", "Integer"));
    refused(api.post("direccte.59", path, Map.of("variables", typed)), 400, "« durationMonths »");
    refused(api.post("direccte.59", "/api/conventions", Map.of("siret", structure.siret(),
        "conventionStart", "2027-01-01", "durationMonths", 24, "department", "62")), 403, "tenue par l'application");
    refused(api.post("direccte.59", "/api/conventions", Map.of("siret", structure.siret(),
        "conventionStart", "2027-01-01", "durationMonths", 24, "previousConventionReference", "X")), 403,
        "tenue par l'application");
    refused(api.post("direccte.59", "/api/conventions", Map.of("siret", structure.siret(),
        "conventionStart", "2027-01-01", "durationMonths", 24.5)), 400, "nombre entier");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("conventioning").count())
        .isEqualTo(before);

    // and the same start without the extras is accepted
    assertThat(api.post("direccte.59", path, Map.of("variables", variables)).status()).isEqualTo(200);
  }

  @Test
  void malformedBodiesAndUnknownAddressesAnswerInFrench() {
    TestStructure structure = api.newStructure("59", "ACI");
    String reference = api.startConvention("direccte.59", structure.siret(), "2027-01-01", 24);
    String task = api.task(structure.userId(), reference, "submitInsertionProject").get("id").asText();
    String complete = "/engine-rest/task/" + task + "/complete";
    refused(api.post(structure.userId(), complete, "{\"variables\": {"), 400, "JSON valide");
    refused(api.post(structure.userId(), complete, Map.of("variables", List.of("axisReception"))), 400,
        "doit être un objet");
    refused(api.post(structure.userId(), complete, Map.of("variables", Map.of("requestedFte",
        Map.of("value", "abc", "type", "Double")))), 400, "« requestedFte » doit être un nombre");
    refused(api.post(structure.userId(), complete, Map.of("variables", Map.of("requestedFte",
        Map.of("value", 1e300, "type", "Double")))), 400, "trop grand");
    refused(api.post(structure.userId(), complete, Map.of("variables", Map.of("requestedFte",
        Map.of("value", "12", "type", "Strange")))), 400, "n'existe pas");
    refused(api.call(structure.userId(), HttpMethod.DELETE, "/engine-rest/task/" + task, null), 403,
        "ne peut pas être supprimée");
    refused(api.call(Api.ADMIN, HttpMethod.DELETE, "/engine-rest/task/" + task, null), 403,
        "ne peut pas être supprimée");
    refused(api.get(structure.userId(), "/api/nulle-part"), 404, "n'existe pas");
    refused(api.call(structure.userId(), HttpMethod.DELETE, "/api/conventions", null), 405, "n'existe pas");
    refused(api.get(structure.userId(), "/engine-rest/nulle-part"), 404, "n'existe pas");
    assertThat(api.task(structure.userId(), reference, "submitInsertionProject").get("id").asText()).isEqualTo(task);
  }

  // ----------------------------------------------------------------------------------------------------------

  private void step(String holder, String reference, String taskKey, Map<String, Object> values) {
    if (probed.add(taskKey)) {
      probe(holder, reference, taskKey, values);
    }
    api.completeTask(holder, reference, taskKey, values);
  }

  private void probe(String holder, String reference, String taskKey, Map<String, Object> good) {
    JsonNode task = api.task(holder, reference, taskKey);
    String id = task.get("id").asText();
    String base = "/engine-rest/task/" + id;
    String before = snapshot(reference, task);
    UserInput input = guard.inputs().get(taskKey);
    assertThat(input).as(taskKey).isNotNull();

    List<Api.Response> answers = new ArrayList<>();
    answers.add(expect(400, "« intrus » ne fait pas partie", api.complete(holder, id, with(good, "intrus", "x"))));
    answers.add(expect(400, "« intrus » ne fait pas partie", api.post(holder, base + "/submit-form",
        Map.of("variables", Map.of("intrus", Map.of("value", "x"))))));
    for (String name : PROTECTED) {
      if (input.field(name).isEmpty()) {
        answers.add(expect(403, "tenue par l'application", api.complete(holder, id, with(good, name, "62"))));
      }
    }
    for (Field field : input.fields().values()) {
      if (field.shown()) {
        Object changed = field.kind() == UserInput.Kind.NUMBER ? (Object) 999 : "Texte modifié par le destinataire";
        answers.add(expect(400, "affiché pour information", api.complete(holder, id, with(good, field.name(),
            changed))));
        continue;
      }
      for (Object wrong : wrongValues(field)) {
        answers.add(expect(400, field.label(), api.complete(holder, id, with(good, field.name(), wrong))));
      }
      answers.add(expect(400, "objet sérialisé", completeRaw(holder, id, good, field.name(), Map.of(
          "value", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==", "type", "Object", "valueInfo", Map.of(
              "objectTypeName", "java.util.HashMap",
              "serializationDataFormat", "application/x-java-serialized-object")))));
    }
    answers.add(expect(403, null, api.post(holder, base + "/variables",
        Map.of("modifications", Map.of("department", Map.of("value", "62"))))));
    answers.add(expect(403, null, api.put(holder, base + "/variables/department", Map.of("value", "62"))));
    answers.add(expect(403, null, api.put(holder, base + "/localVariables/department", Map.of("value", "62"))));
    answers.add(expect(403, null, api.post(holder, "/engine-rest/process-instance/"
        + task.get("processInstanceId").asText() + "/variables",
        Map.of("modifications", Map.of("department", Map.of("value", "62"))))));
    answers.add(expect(403, null, api.put(holder, "/engine-rest/execution/" + task.get("executionId").asText()
        + "/localVariables/department", Map.of("value", "62"))));
    answers.add(expect(403, null, api.post(holder, base + "/assignee", Map.of("userId", outsider.userId()))));
    answers.add(expect(403, "membre de son groupe", api.post(holder, base + "/claim",
        Map.of("userId", outsider.userId()))));
    answers.add(expect(403, null, api.post(holder, base + "/delegate", Map.of("userId", outsider.userId()))));
    answers.add(expect(403, null, api.post(holder, base + "/identity-links",
        Map.of("groupId", "siae-" + outsider.siret(), "type", "candidate"))));
    answers.add(expect(403, null, api.post(holder, base + "/identity-links",
        Map.of("userId", outsider.userId(), "type", "candidate"))));
    answers.add(expect(403, "ne peut pas être supprimée", api.call(holder, HttpMethod.DELETE, base, null)));
    answers.forEach(TaskIntrusionIT::assertFrench);

    assertThat(snapshot(reference, task)).as("%s after the refusals", taskKey).isEqualTo(before);
  }

  /** A value of the wrong type for the field, for each way a client gets it wrong. */
  private static List<Object> wrongValues(Field field) {
    return switch (field.kind()) {
      case TEXT -> List.of(42, true);
      case NUMBER -> field.integer() ? List.of("douze", 2.5, new TypedValue(1e300, "Double"))
          : List.of("douze", true, new TypedValue(1e300, "Double"));
      case YES_NO -> List.of("peut-être", 1);
      case DATE -> List.of("12/03/2027", 20270312);
      case CHOICE -> List.of(42, true);
      case LIST -> List.of("cd59", TypedValue.json("[\"cd59\", \"cd59\"]"), TypedValue.json("{\"cd59\": 1}"));
    };
  }

  /** A completion where one variable is given exactly as the engine REST API takes it. */
  private Api.Response completeRaw(String holder, String id, Map<String, Object> good, String name,
      Map<String, Object> dto) {
    Map<String, Object> variables = new LinkedHashMap<>();
    good.forEach((key, value) -> variables.put(key, value instanceof TypedValue typed
        ? Map.of("value", typed.value(), "type", typed.type()) : Map.of("value", value)));
    variables.put(name, dto);
    return api.post(holder, "/engine-rest/task/" + id + "/complete", Map.of("variables", variables));
  }

  private static Map<String, Object> with(Map<String, Object> values, String name, Object value) {
    Map<String, Object> result = new LinkedHashMap<>(values);
    result.put(name, value);
    return result;
  }

  private static Api.Response expect(int status, String message, Api.Response response) {
    assertThat(response.status()).as("%s", response.body()).isEqualTo(status);
    if (message != null) {
      assertThat(response.message()).as("%s", response.body()).contains(message);
    }
    return response;
  }

  private static void refused(Api.Response response, int status, String message) {
    expect(status, message, response);
    assertFrench(response);
  }

  /** A French sentence for the user: no engine id, no Java type, no stack trace. */
  private static void assertFrench(Api.Response response) {
    assertThat(response.message()).as("%s", response.body()).isNotBlank()
        .doesNotContain("ENGINE-", "Exception", "java.", "org.camunda", "Cannot ", "null");
  }

  /** What a refusal must leave unchanged: the task, its variables, the process's and the convention's records. */
  private String snapshot(String reference, JsonNode task) {
    String id = task.get("id").asText();
    JsonNode now = api.get(Api.ADMIN, "/engine-rest/task/" + id).body();
    return String.join("\n", now.path("assignee").toString(), now.path("name").asText(),
        api.get(Api.ADMIN, "/engine-rest/task/" + id + "/variables").body().toString(),
        api.get(Api.ADMIN, "/engine-rest/task/" + id + "/identity-links").body().toString(),
        api.get(Api.ADMIN, "/engine-rest/process-instance/" + task.get("processInstanceId").asText()
            + "/variables").body().toString(),
        api.get(Api.ADMIN, "/api/conventions/" + reference).body().toString());
  }

}
