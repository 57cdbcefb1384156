package fr.iae.conventioning.structure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.iae.conventioning.security.TasklistFilters;
import fr.iae.conventioning.support.Api;
import fr.iae.conventioning.support.ApplicationTest;
import fr.iae.conventioning.support.Sirets;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ApplicationTest
class StructureApiIT {

  @Autowired
  Api api;

  @Autowired
  AuthorizationService authorizations;

  @Autowired
  FilterService filters;

  @Test
  void anAdministratorRegistersAStructureWhoseGroupCanWorkInTasklist() {
    String siret = Sirets.random();
    Api.Response created = api.post(Api.ADMIN, "/api/structures", Map.of("siret", siret, "name", "Bâtisseurs de Lens",
        "kind", "aci", "department", "62", "email", "contact@batisseurs.example.org"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().get("kind").asText()).isEqualTo("ACI");
    assertThat(created.body().get("group").asText()).isEqualTo("siae-" + siret);
    JsonNode group = api.get(Api.ADMIN, "/engine-rest/group/siae-" + siret).body();
    assertThat(group.get("name").asText()).isEqualTo("Bâtisseurs de Lens");

    String groupId = "siae-" + siret;
    String userId = api.addUser(groupId, "batisseurs-" + siret);
    assertThat(authorizations.isUserAuthorized(userId, java.util.List.of(groupId), Permissions.ACCESS,
        Resources.APPLICATION, "tasklist")).isTrue();
    for (String name : new String[] {TasklistFilters.MY_TASKS, TasklistFilters.TEAM_TASKS}) {
      String filterId = filters.createFilterQuery().filterName(name).singleResult().getId();
      assertThat(authorizations.isUserAuthorized(userId, java.util.List.of(groupId), Permissions.READ,
          Resources.FILTER, filterId)).as(name).isTrue();
    }
    // granted once to everyone: the structure's group carries no row for Tasklist (flat with 10,000 structures)
    assertThat(authorizations.createAuthorizationQuery().groupIdIn(groupId).list())
        .noneMatch(row -> row.getResourceType() != Resources.GROUP.resourceType());
    assertThat(api.get("direccte.62", "/api/structures").body().findValuesAsText("siret")).contains(siret);
  }

  @Test
  void onlyAdministratorsRegisterAndBadValuesAreRefused() {
    Map<String, Object> valid = Map.of("siret", Sirets.random(), "name", "X", "kind", "EI", "department", "59");
    assertThat(api.post("direccte.59", "/api/structures", valid).status()).isEqualTo(403);

    assertRefused(Map.of("siret", "41028570400013", "name", "X", "kind", "EI", "department", "59"), 400, "SIRET");
    assertRefused(Map.of("siret", Sirets.random(), "name", " ", "kind", "EI", "department", "59"), 400, "Nom");
    assertRefused(Map.of("siret", Sirets.random(), "name", "X", "kind", "SCOP", "department", "59"), 400, "type de structure");
    assertRefused(Map.of("siret", Sirets.random(), "name", "X", "kind", "EI", "department", "99"), 400, "département");
    assertRefused(Map.of("siret", Sirets.random(), "name", "X", "kind", "EI", "department", "59", "email", "pas-une-adresse"),
        400, "adresse électronique");
    assertRefused(Map.of("siret", "41028570400012", "name", "X", "kind", "AI", "department", "59"), 409, "déjà enregistrée");
  }

  private void assertRefused(Map<String, Object> body, int status, String message) {
    Api.Response response = api.post(Api.ADMIN, "/api/structures", body);
    assertThat(response.status()).as("%s", response.body()).isEqualTo(status);
    assertThat(response.message()).contains(message);
  }
}
