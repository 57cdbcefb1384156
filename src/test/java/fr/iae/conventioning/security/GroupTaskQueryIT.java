package fr.iae.conventioning.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.iae.conventioning.support.Api;
import fr.iae.conventioning.support.Api.TestStructure;
import fr.iae.conventioning.support.ApplicationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A group's task list skips the engine's authorization join only where the result is the same with it: the user's
 * own candidate groups, nothing that widens the query, no revoking authorization.
 */
@ApplicationTest
class GroupTaskQueryIT {

  @Autowired
  Api api;

  @Autowired
  ProcessEngineConfigurationImpl engine;

  @Autowired
  TaskService taskService;

  @Autowired
  IdentityService identityService;

  @Autowired
  AuthorizationService authorizationService;

  @Test
  void aGroupListsItsOwnTasksAndNeverAnothersWhateverTheQuery() {
    TestStructure mine = api.newStructure("62", "ACI");
    TestStructure other = api.newStructure("62", "ACI");
    api.startConvention("direccte.62", mine.siret(), "2027-06-01", 24);
    api.startConvention("direccte.62", other.siret(), "2027-06-01", 24);
    String user = mine.userId();

    assertThat(api.get(user, "/engine-rest/task?candidateGroup=siae-" + mine.siret() + "&maxResults=15").body()).hasSize(1);
    assertThat(api.get(user, "/engine-rest/task?candidateGroup=siae-" + mine.siret() + "&sortBy=dueDate&sortOrder=asc")
        .body()).hasSize(1);
    assertThat(api.get(user, "/engine-rest/task/count?candidateGroup=siae-" + mine.siret()).body().get("count").asInt())
        .isEqualTo(1);
    // a group the user is not in: the engine's check answers, nothing
    assertThat(api.get(user, "/engine-rest/task?candidateGroup=siae-" + other.siret()).body()).isEmpty();
    assertThat(api.get(user, "/engine-rest/task/count?candidateGroup=siae-" + other.siret()).body().get("count").asInt())
        .isZero();
    // both groups, a pattern, an "or": only the user's own task
    JsonNode both = api.get(user, "/engine-rest/task?candidateGroups=siae-" + mine.siret() + ",siae-" + other.siret()).body();
    assertThat(both).hasSize(1);
    assertThat(api.post(user, "/engine-rest/task", Map.of("candidateGroupLike", "siae-%")).body()).hasSize(1);
    JsonNode or = api.post(user, "/engine-rest/task", Map.of("orQueries", List.of(Map.of(
        "candidateGroup", "siae-" + mine.siret(), "candidateGroups", List.of("siae-" + other.siret()))))).body();
    assertThat(or).hasSize(1);
    assertThat(api.get("direccte.62", "/engine-rest/task?candidateGroup=siae-" + mine.siret()).body()).isEmpty();
  }

  @Test
  void onlyAQueryOfTheUsersOwnGroupsGoesWithoutTheAuthorizationJoin() {
    TestStructure mine = api.newStructure("62", "EI");
    String own = "siae-" + mine.siret();
    List<String> groups = List.of(own);

    assertThat(checked(mine.userId(), groups, taskService.createTaskQuery().taskCandidateGroup(own))).isFalse();
    assertThat(checked(mine.userId(), groups, taskService.createTaskQuery().taskCandidateGroupIn(groups)
        .includeAssignedTasks().orderByDueDate().asc())).isFalse();
    assertThat(checked(mine.userId(), groups, taskService.createTaskQuery().taskCandidateGroup("direccte-62"))).isTrue();
    assertThat(checked(mine.userId(), groups, taskService.createTaskQuery().taskCandidateGroupIn(List.of(own, "direccte-62"))))
        .isTrue();
    assertThat(checked(mine.userId(), groups, taskService.createTaskQuery().taskCandidateUser(mine.userId()))).isTrue();
    assertThat(checked(mine.userId(), groups, taskService.createTaskQuery().taskCandidateGroup(own)
        .or().taskAssignee("someone").endOr())).isTrue();
    assertThat(checked(mine.userId(), groups, taskService.createTaskQuery())).isTrue();
  }

  @Test
  void aRevokingAuthorizationKeepsTheEnginesCheck() {
    TestStructure mine = api.newStructure("62", "AI");
    api.startConvention("direccte.62", mine.siret(), "2027-06-01", 24);
    String own = "siae-" + mine.siret();
    String taskId = api.get(mine.userId(), "/engine-rest/task?candidateGroup=" + own).body().get(0).get("id").asText();

    Authorization revoke = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId(mine.userId());
    revoke.setResource(Resources.TASK);
    revoke.setResourceId(taskId);
    revoke.removePermission(Permissions.READ);
    authorizationService.saveAuthorization(revoke);
    try {
      assertThat(checked(mine.userId(), List.of(own), taskService.createTaskQuery().taskCandidateGroup(own))).isTrue();
      assertThat(api.get(mine.userId(), "/engine-rest/task?candidateGroup=" + own).body()).isEmpty();
    } finally {
      authorizationService.deleteAuthorization(revoke.getId());
    }
  }

  /** Whether the engine would join the query with the authorization rows for this user. */
  private boolean checked(String userId, List<String> groups, TaskQuery query) {
    identityService.setAuthentication(userId, groups);
    try {
      return engine.getCommandExecutorTxRequired().execute(context -> {
        TaskQueryImpl impl = (TaskQueryImpl) query;
        context.getAuthorizationManager().configureTaskQuery(impl);
        return impl.getAuthCheck().isAuthorizationCheckEnabled();
      });
    } finally {
      identityService.clearAuthentication();
    }
  }
}
