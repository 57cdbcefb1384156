package fr.iae.conventioning.objectives;

import static fr.iae.conventioning.support.Stages.rates;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.iae.conventioning.support.Api;
import fr.iae.conventioning.support.Api.TestStructure;
import fr.iae.conventioning.support.ApplicationTest;
import fr.iae.conventioning.support.Stages;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ApplicationTest
class ObjectivesStageIT {

  @Autowired
  Api api;

  Stages stages;

  @BeforeEach
  void setUp() {
    stages = new Stages(api);
  }

  @Test
  void theThreePartiesNegotiateRoundByRoundAndTheAgreedObjectivesAreTheConventions() {
    TestStructure structure = api.newStructure("59", "ACI");
    String reference = stages.throughProject(structure, "2027-01-01", 36, 14);
    assertThat(api.get("direccte.59", "/api/conventions/" + reference).body().get("status").asText())
        .isEqualTo("OBJECTIVES");

    Map<String, Object> first = rates(30, 20, 15);
    first.put("otherObjectives", "Au moins 30 % de résidents des quartiers prioritaires.");
    api.completeTask("direccte.59", reference, "proposeObjectives", first);
    api.completeTask("pe.59", reference, "reviewObjectivesEmploymentAgency",
        Map.of("employmentAgencyAgrees", false, "employmentAgencyComment", "30 % d'emploi durable est trop haut ici."));
    JsonNode respond = api.task(structure.userId(), reference, "respondToObjectives");
    JsonNode seen = api.get(structure.userId(), "/engine-rest/task/" + respond.get("id").asText() + "/form-variables")
        .body();
    assertThat(seen.at("/employmentAgencyComment/value").asText()).isEqualTo("30 % d'emploi durable est trop haut ici.");
    assertThat(seen.at("/targetDynamicRate/value").asDouble()).isEqualTo(65.0);
    api.completeTask(structure.userId(), reference, "respondToObjectives",
        Map.of("objectivesAccepted", false, "counterProposal", "22 % d'emploi durable, comme l'an dernier."));

    JsonNode secondProposal = api.task("direccte.59", reference, "proposeObjectives");
    JsonNode context = api.get("direccte.59", "/engine-rest/task/" + secondProposal.get("id").asText()
        + "/form-variables").body();
    assertThat(context.at("/counterProposal/value").asText()).contains("22 %");
    assertThat(context.at("/employmentAgencyComment/value").asText()).contains("trop haut");
    assertThat(context.at("/requestedFte/value").asDouble()).isEqualTo(14.0);
    stages.agreeObjectives(structure, reference, 22, 20, 15);

    JsonNode convention = api.get(structure.userId(), "/api/conventions/" + reference).body();
    assertThat(convention.get("status").asText()).isEqualTo("FUNDING");
    JsonNode agreed = convention.at("/objectives/agreed");
    assertThat(agreed.get("targetDurableRate").asDouble()).isEqualTo(22.0);
    assertThat(agreed.get("targetDynamicRate").asDouble()).isEqualTo(57.0);
    JsonNode history = convention.at("/objectives/history");
    assertThat(history).hasSize(2);
    assertThat(history.get(0).get("proposedBy").asText()).isEqualTo("direccte.59");
    assertThat(history.get(0).get("otherObjectives").asText()).contains("quartiers prioritaires");
    assertThat(history.get(0).at("/employmentAgency/agrees").asBoolean()).isFalse();
    assertThat(history.get(0).at("/employmentAgency/by").asText()).isEqualTo("pe.59");
    assertThat(history.get(0).at("/structure/counterProposal").asText()).contains("comme l'an dernier");
    assertThat(history.get(0).at("/structure/by").asText()).isEqualTo(structure.userId());
    assertThat(history.get(1).get("round").asInt()).isEqualTo(2);
    assertThat(history.get(1).at("/structure/accepted").asBoolean()).isTrue();
  }

  @Test
  void afterThreeRefusedRoundsTheStateServiceFixesTheObjectives() {
    TestStructure structure = api.newStructure("62", "EI");
    String reference = stages.throughProject(structure, "2027-01-01", 24, 6);
    for (int round = 1; round <= 3; round++) {
      api.completeTask("direccte.62", reference, "proposeObjectives", rates(30, 20, 10));
      api.completeTask("pe.62", reference, "reviewObjectivesEmploymentAgency", Map.of("employmentAgencyAgrees", true));
      api.completeTask(structure.userId(), reference, "respondToObjectives",
          Map.of("objectivesAccepted", false, "counterProposal", "Trop ambitieux (tour " + round + ")"));
    }
    assertThat(api.hasTask("direccte.62", reference, "proposeObjectives")).isFalse();
    api.completeTask("direccte.62", reference, "arbitrateObjectives", rates(26, 20, 10));

    JsonNode convention = api.get("direccte.62", "/api/conventions/" + reference).body();
    assertThat(convention.at("/objectives/agreed/targetDurableRate").asDouble()).isEqualTo(26.0);
    JsonNode history = convention.at("/objectives/history");
    assertThat(history).hasSize(4);
    assertThat(history.get(3).get("kind").asText()).isEqualTo("ARBITRATION");
    assertThat(history.get(3).get("proposedBy").asText()).isEqualTo("direccte.62");
  }

  @Test
  void eachRefusedValueAnswersInFrenchAndChangesNothing() {
    TestStructure structure = api.newStructure("59", "AI");
    String reference = stages.throughProject(structure, "2027-01-01", 12, 3);
    String propose = api.task("direccte.59", reference, "proposeObjectives").get("id").asText();

    assertRefused(api.complete("direccte.59", propose, rates(50, 40, 20)), "ne peut pas dépasser 100 %");
    assertRefused(api.complete("direccte.59", propose, rates(-1, 20, 20)), "entre 0 et 100");
    assertRefused(api.complete("direccte.59", propose, rates(25, 101, 0)), "entre 0 et 100");
    Map<String, Object> missing = new HashMap<>(rates(25, 20, 15));
    missing.remove("targetPositiveRate");
    assertRefused(api.complete("direccte.59", propose, missing), "Taux de sorties positives");
    assertThat(api.get("direccte.59", "/api/conventions/" + reference).body().at("/objectives/history")).isEmpty();
    // the stage receives the targets of an earlier round (none yet): a refused value was not stored
    assertThat(api.get(Api.ADMIN, "/engine-rest/task/" + propose + "/variables").body().path("targetDurableRate")
        .path("value").isMissingNode() || api.get(Api.ADMIN, "/engine-rest/task/" + propose + "/variables").body()
        .path("targetDurableRate").path("value").isNull()).isTrue();

    api.completeTask("direccte.59", reference, "proposeObjectives", rates(25, 20, 15));
    String review = api.task("pe.59", reference, "reviewObjectivesEmploymentAgency").get("id").asText();
    assertRefused(api.complete("pe.59", review, Map.of("employmentAgencyAgrees", false)), "commentaire de France Travail");
    api.completeTask("pe.59", reference, "reviewObjectivesEmploymentAgency", Map.of("employmentAgencyAgrees", true));
    String respond = api.task(structure.userId(), reference, "respondToObjectives").get("id").asText();
    assertRefused(api.complete(structure.userId(), respond, Map.of("objectivesAccepted", false)), "contre-proposition");
    assertRefused(api.complete(structure.userId(), respond, Map.of("objectivesAccepted", false, "counterProposal", "  ")),
        "contre-proposition");

    JsonNode history = api.get("direccte.59", "/api/conventions/" + reference).body().at("/objectives/history");
    assertThat(history).hasSize(1);
    assertThat(history.get(0).at("/structure/accepted").isNull()).isTrue();
    assertThat(api.task(structure.userId(), reference, "respondToObjectives").get("id").asText()).isEqualTo(respond);
  }

  @Test
  void anotherDepartementsUsersSeeNothingOfTheNegotiation() {
    TestStructure structure = api.newStructure("59", "EI");
    String reference = stages.throughProject(structure, "2027-01-01", 36, 8);
    api.completeTask("direccte.59", reference, "proposeObjectives", rates(25, 20, 15));

    assertThat(api.tasks("pe.62", reference)).isEmpty();
    assertThat(api.tasks("direccte.62", reference)).isEmpty();
    assertThat(api.get("pe.62", "/api/conventions/" + reference).status()).isEqualTo(404);
    assertThat(api.tasks("pe.59", reference)).hasSize(1);
    String reviewId = api.task("pe.59", reference, "reviewObjectivesEmploymentAgency").get("id").asText();
    assertThat(api.complete("pe.62", reviewId, Map.of("employmentAgencyAgrees", true)).status()).isIn(403, 404);
    assertThat(api.hasTask("pe.59", reference, "reviewObjectivesEmploymentAgency")).isTrue();
  }

  private static void assertRefused(Api.Response response, String message) {
    assertThat(response.status()).as("%s", response.body()).isEqualTo(400);
    assertThat(response.message()).as("%s", response.body()).contains(message);
  }
}
