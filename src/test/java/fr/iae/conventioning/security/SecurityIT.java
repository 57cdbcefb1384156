package fr.iae.conventioning.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.iae.conventioning.support.Api;
import fr.iae.conventioning.support.Api.TestStructure;
import fr.iae.conventioning.support.ApplicationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

@ApplicationTest
class SecurityIT {

  @Autowired
  Api api;

  @Test
  void anonymousCallsAreRefusedOnBothApis() {
    for (String path : new String[] {"/api/conventions", "/api/structures", "/engine-rest/task",
        "/engine-rest/process-definition"}) {
      assertThat(api.anonymous(HttpMethod.GET, path).status()).as(path).isEqualTo(401);
    }
    Api.Response response = api.anonymous(HttpMethod.POST, "/api/conventions");
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.message()).contains("Identifiez-vous");
  }

  @Test
  void aStructureCannotSeeOrCompleteAnotherStructuresTask() {
    TestStructure mine = api.newStructure("59", "ACI");
    TestStructure other = api.newStructure("59", "ACI");
    String reference = api.startConvention("direccte.59", mine.siret(), "2027-01-01", 36);
    JsonNode task = api.task(mine.userId(), reference, "submitInsertionProject");
    String taskId = task.get("id").asText();

    assertThat(api.tasks(other.userId(), reference)).isEmpty();
    assertThat(api.get(other.userId(), "/engine-rest/task/" + taskId).status()).isEqualTo(404);
    Api.Response completion = api.complete(other.userId(), taskId, Map.of(
        "axisReception", "a", "axisSupport", "b", "axisTraining", "c", "axisTerritory", "d", "requestedFte", 3.0));
    assertThat(completion.status()).isIn(403, 404);
    assertThat(api.get(other.userId(), "/api/conventions/" + reference).status()).isEqualTo(404);

    // the task is untouched
    assertThat(api.task(mine.userId(), reference, "submitInsertionProject").get("id").asText()).isEqualTo(taskId);
    assertThat(api.get(Api.ADMIN, "/engine-rest/task/" + taskId + "/variables").body().has("axisReception")).isFalse();
  }

  @Test
  void aStateAgentOfPasDeCalaisSeesNothingOfTheNord() {
    TestStructure nord = api.newStructure("59", "EI");
    String reference = api.startConvention("direccte.59", nord.siret(), "2027-01-01", 24);

    assertThat(api.get("direccte.62", "/api/conventions/" + reference).status()).isEqualTo(404);
    assertThat(api.get("direccte.62", "/api/conventions").body().findValuesAsText("reference")).doesNotContain(reference);
    assertThat(api.tasks("direccte.62", reference)).isEmpty();
    assertThat(api.get("direccte.62", "/api/structures").body().findValuesAsText("siret")).doesNotContain(nord.siret());

    assertThat(api.get("direccte.59", "/api/conventions/" + reference).status()).isEqualTo(200);
    assertThat(api.get("pe.59", "/api/conventions/" + reference).status()).isEqualTo(200);
    assertThat(api.get(Api.ADMIN, "/api/conventions/" + reference).status()).isEqualTo(200);
    assertThat(api.get(nord.userId(), "/api/conventions").body().findValuesAsText("reference")).containsExactly(reference);
  }
}
