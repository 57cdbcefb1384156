package fr.iae.conventioning.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.iae.conventioning.support.Api;
import fr.iae.conventioning.support.Api.TestStructure;
import fr.iae.conventioning.support.ApplicationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
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
}
