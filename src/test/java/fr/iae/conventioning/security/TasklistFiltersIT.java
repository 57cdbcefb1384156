package fr.iae.conventioning.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.iae.conventioning.support.Api;
import fr.iae.conventioning.support.Api.TestStructure;
import fr.iae.conventioning.support.ApplicationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

@ApplicationTest
class TasklistFiltersIT {

  @Autowired
  Api api;

  @Autowired
  FilterService filters;

  @Autowired
  TestRestTemplate rest;

  @Test
  void theTeamFilterListsTheStructuresTaskWithItsConventionAndName() throws Exception {
    TestStructure structure = api.newStructure("62", "ETTI");
    String reference = api.startConvention("direccte.62", structure.siret(), "2027-06-01", 24);
    String filterId = filters.createFilterQuery().filterName(TasklistFilters.TEAM_TASKS).singleResult().getId();

    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
    String body = rest.withBasicAuth(structure.userId(), "motdepasse").exchange("/engine-rest/filter/" + filterId + "/list",
        HttpMethod.POST, new HttpEntity<>(Map.of(), headers), String.class).getBody();
    JsonNode list = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);

    assertThat(list.get("count").asInt()).isEqualTo(1);
    JsonNode task = list.at("/_embedded/task/0");
    assertThat(task.get("name").asText()).isEqualTo("Rédiger le projet d'insertion et la demande d'aide");
    assertThat(task.at("/_embedded/variable").findValuesAsText("value"))
        .contains(reference, "Structure de test " + structure.siret());
    // the structure still cannot read the process instance itself
    assertThat(api.get(structure.userId(), "/engine-rest/process-instance?businessKey=" + reference).body()).isEmpty();
  }

  @Autowired
  TasklistFilters tasklistFilters;

  @Test
  void tasklistOpensOnTheTeamsTasksAndFiltersOfEarlierReleasesAreReordered() {
    org.camunda.bpm.engine.filter.Filter mine = filters.createFilterQuery().filterName(TasklistFilters.MY_TASKS)
        .singleResult();
    org.camunda.bpm.engine.filter.Filter team = filters.createFilterQuery().filterName(TasklistFilters.TEAM_TASKS)
        .singleResult();
    assertThat((Integer) team.getProperties().get("priority")).isLessThan((Integer) mine.getProperties().get("priority"));

    // as v0.2.0 left them: "Mes tâches" first
    Map<String, Object> old = new java.util.LinkedHashMap<>(mine.getProperties());
    old.put("priority", -10);
    filters.saveFilter(mine.setProperties(old));
    Map<String, Object> oldTeam = new java.util.LinkedHashMap<>(team.getProperties());
    oldTeam.put("priority", 0);
    filters.saveFilter(team.setProperties(oldTeam));

    tasklistFilters.onReady(null);
    assertThat(filters.getFilter(team.getId()).getProperties().get("priority")).isEqualTo(-10);
    assertThat(filters.getFilter(mine.getId()).getProperties().get("priority")).isEqualTo(0);
    assertThat(filters.createFilterQuery().filterName(TasklistFilters.MY_TASKS).count()).isEqualTo(1);
  }

  @Autowired
  AuthorizationService authorizations;

  @Test
  void theGroupGrantsOfEarlierReleasesGiveWayToTheGrantsToEveryone() {
    TestStructure structure = api.newStructure("59", "EI");
    String groupId = "siae-" + structure.siret();
    String filterId = filters.createFilterQuery().filterName(TasklistFilters.TEAM_TASKS).singleResult().getId();
    // as v0.3.0 left a structure's group, and the State service's
    grantAsBefore(groupId, Resources.APPLICATION, "tasklist");
    grantAsBefore(groupId, Resources.FILTER, filterId);
    grantAsBefore("direccte-59", Resources.PROCESS_DEFINITION, "*");

    tasklistFilters.onReady(null);

    assertThat(authorizations.createAuthorizationQuery().groupIdIn(groupId)
        .resourceType(Resources.APPLICATION).count()).isZero();
    assertThat(authorizations.createAuthorizationQuery().groupIdIn(groupId)
        .resourceType(Resources.FILTER).count()).isZero();
    assertThat(authorizations.isUserAuthorized(structure.userId(), List.of(groupId),
        Permissions.ACCESS,
        Resources.APPLICATION, "tasklist")).isTrue();
    assertThat(api.get(structure.userId(), "/engine-rest/filter?resourceType=Task").body().findValuesAsText("name"))
        .contains(TasklistFilters.TEAM_TASKS, TasklistFilters.MY_TASKS, TasklistFilters.OVERDUE_TASKS);
    // the State service still starts conventions
    assertThat(authorizations.isUserAuthorized("direccte.59", List.of("direccte-59"),
        Permissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, TasklistAccess.CONVENTIONING_KEY)).isTrue();
  }

  private void grantAsBefore(String groupId, Resources resource, String resourceId) {
    Authorization grant =
        authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(groupId);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    grant.addPermission(resource == Resources.APPLICATION
        ? Permissions.ACCESS : Permissions.READ);
    authorizations.saveAuthorization(grant);
  }
}
