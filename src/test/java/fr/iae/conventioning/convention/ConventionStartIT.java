package fr.iae.conventioning.convention;

import static org.assertj.core.api.Assertions.assertThat;

import fr.iae.conventioning.support.Api;
import fr.iae.conventioning.support.Api.TestStructure;
import fr.iae.conventioning.support.ApplicationTest;
import fr.iae.conventioning.support.Sirets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ApplicationTest
class ConventionStartIT {

  @Autowired
  Api api;

  @Autowired
  ConventionRepository conventions;

  private Api.Response start(String user, Object siret, Object start, Object months) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("siret", siret);
    body.put("conventionStart", start);
    body.put("durationMonths", months);
    return api.post(user, "/api/conventions", body);
  }

  private Api.Response startThroughEngine(String user, Object siret, Object start, Object months) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("siret", Map.of("value", siret));
    variables.put("conventionStart", Map.of("value", start));
    variables.put("durationMonths", Map.of("value", months, "type", "Integer"));
    return api.post(user, "/engine-rest/process-definition/key/conventioning/start", Map.of("variables", variables));
  }

  private long instances() {
    return api.get(Api.ADMIN, "/engine-rest/process-instance/count?processDefinitionKey=conventioning").body()
        .get("count").asLong();
  }

  @Test
  void aStateAgentOpensAConventionWhoseReferenceIsTheBusinessKey() {
    TestStructure structure = api.newStructure("59", "ACI");
    Api.Response response = start("direccte.59", structure.siret(), "2027-01-01", 36);

    assertThat(response.status()).isEqualTo(201);
    String reference = response.body().get("reference").asText();
    assertThat(reference).matches("ACI05927\\d{4}");
    String instanceId = response.body().get("processInstanceId").asText();
    assertThat(api.get(Api.ADMIN, "/engine-rest/process-instance/" + instanceId).body().get("businessKey").asText())
        .isEqualTo(reference);

    Api.Response convention = api.get("direccte.59", "/api/conventions/" + reference);
    assertThat(convention.body().get("status").asText()).isEqualTo("PROJECT");
    assertThat(convention.body().at("/structure/siret").asText()).isEqualTo(structure.siret());
    assertThat(convention.body().at("/period/start").asText()).isEqualTo("2027-01-01");
    assertThat(convention.body().at("/period/end").asText()).isEqualTo("2029-12-31");
    assertThat(convention.body().get("createdBy").asText()).isEqualTo("direccte.59");
  }

  @Test
  void eachRefusedStartAnswersInFrenchAndCreatesNothing() {
    TestStructure nord = api.newStructure("59", "EI");
    TestStructure pasDeCalais = api.newStructure("62", "EI");
    long conventionsBefore = conventions.count();
    long instancesBefore = instances();

    assertRefused(start("direccte.59", "41028570400013", "2027-01-01", 36), 400, "clé de contrôle est fausse");
    assertRefused(start("direccte.59", "4102857040001", "2027-01-01", 36), 400, "14 chiffres");
    assertRefused(start("direccte.59", Sirets.random(), "2027-01-01", 36), 400, "Aucune structure n'est enregistrée");
    assertRefused(start("direccte.59", pasDeCalais.siret(), "2027-01-01", 36), 403, "DDETS du Pas-de-Calais");
    assertRefused(start("direccte.59", nord.siret(), "2027-01-01", 11), 400, "entre 12 et 36 mois");
    assertRefused(start("direccte.59", nord.siret(), "2027-01-01", 37), 400, "entre 12 et 36 mois");
    assertRefused(start("direccte.59", nord.siret(), "01/01/2027", 36), 400, "AAAA-MM-JJ");
    assertRefused(start("direccte.59", nord.siret(), "2027-13-01", 36), 400, "AAAA-MM-JJ");
    assertRefused(start("direccte.59", nord.siret(), null, 36), 400, "obligatoire");
    assertRefused(start("direccte.59", nord.siret(), "2027-01-01", "trois ans"), 400, "nombre entier");
    assertRefused(start(nord.userId(), nord.siret(), "2027-01-01", 36), 403, "droits");

    assertThat(conventions.count()).isEqualTo(conventionsBefore);
    assertThat(instances()).isEqualTo(instancesBefore);

    String first = api.startConvention("direccte.59", nord.siret(), "2027-01-01", 36);
    assertRefused(start("direccte.59", nord.siret(), "2028-01-01", 12), 409, "déjà une convention en cours (" + first);
    assertThat(conventions.count()).isEqualTo(conventionsBefore + 1);
  }

  @Test
  void theEngineRestApiObeysTheSameRules() {
    TestStructure nord = api.newStructure("59", "AI");
    long instancesBefore = instances();

    Api.Response badSiret = startThroughEngine("direccte.59", "12345678901234", "2027-01-01", 36);
    assertThat(badSiret.status()).isEqualTo(400);
    assertThat(badSiret.message()).startsWith("Le numéro SIRET « 12345678901234 » n'est pas valide");
    assertThat(startThroughEngine("direccte.62", nord.siret(), "2027-01-01", 36).status()).isEqualTo(403);
    assertThat(startThroughEngine("direccte.59", nord.siret(), "2027-01-01", 48).message())
        .contains("entre 12 et 36 mois");
    assertThat(instances()).isEqualTo(instancesBefore);

    Api.Response started = startThroughEngine("direccte.59", nord.siret(), "2027-01-01", 36);
    assertThat(started.status()).isEqualTo(200);
    assertThat(started.body().get("businessKey").asText()).matches("AI05927\\d{4}");
    assertThat(startThroughEngine("direccte.59", nord.siret(), "2027-01-01", 36).status()).isEqualTo(400);
  }

  @Test
  void aRefusedStartLeavesNoGapInTheNumbering() {
    // a prefix of its own: EITI, Corse-du-Sud, 2031
    TestStructure first = api.newStructure("2A", "EITI");
    TestStructure second = api.newStructure("2A", "EITI");
    String one = api.startConvention(Api.ADMIN, first.siret(), "2031-03-01", 12);

    assertRefused(start(Api.ADMIN, second.siret(), "2031-03-01", 40), 400, "entre 12 et 36 mois");
    String two = api.startConvention(Api.ADMIN, second.siret(), "2031-03-01", 12);

    int number = Integer.parseInt(one.substring(one.length() - 4));
    assertThat(one).startsWith("EITI02A31");
    assertThat(two).isEqualTo("EITI02A31" + String.format("%04d", number + 1));
  }

  private static void assertRefused(Api.Response response, int status, String message) {
    assertThat(response.status()).as("%s", response.body()).isEqualTo(status);
    assertThat(response.message()).as("%s", response.body()).contains(message);
  }
}
