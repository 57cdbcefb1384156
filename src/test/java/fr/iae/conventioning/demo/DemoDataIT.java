package fr.iae.conventioning.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.iae.conventioning.security.TasklistFilters;
import fr.iae.conventioning.structure.StructureRepository;
import fr.iae.conventioning.support.Api;
import fr.iae.conventioning.support.ApplicationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ApplicationTest
class DemoDataIT {

  @Autowired
  DemoData demoData;

  @Autowired
  TasklistFilters tasklistFilters;

  @Autowired
  IdentityService identity;

  @Autowired
  AuthorizationService authorizations;

  @Autowired
  FilterService filters;

  @Autowired
  StructureRepository structures;

  @Autowired
  Api api;

  @Test
  void theContractsDemoUsersCanLogInAndSeeTheirStructure() {
    assertThat(identity.checkPassword("siae.ai59", "demo")).isTrue();
    assertThat(identity.checkPassword("admin", "admin")).isTrue();
    assertThat(identity.createUserQuery().userId("financeur.region").memberOfGroup("financeur-region-hdf").count())
        .isEqualTo(1);
    assertThat(identity.createUserQuery().userId("prefet.62").singleResult().getEmail())
        .isEqualTo("prefet.62@example.org");
    assertThat(api.get("siae.aci62", "/api/structures").body().findValuesAsText("name"))
        .containsExactly("Arras Espaces Verts");
    assertThat(filters.createFilterQuery().filterName(TasklistFilters.MY_TASKS).count()).isEqualTo(1);
  }

  @Test
  void aSecondStartDuplicatesNothing() {
    long users = identity.createUserQuery().count();
    long groups = identity.createGroupQuery().count();
    long grants = authorizations.createAuthorizationQuery().count();
    long filterCount = filters.createFilterQuery().count();
    long structureCount = structures.count();

    tasklistFilters.onReady(null);
    demoData.onReady(null);

    assertThat(identity.createUserQuery().count()).isEqualTo(users);
    assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
    assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grants);
    assertThat(filters.createFilterQuery().count()).isEqualTo(filterCount);
    assertThat(structures.count()).isEqualTo(structureCount);
  }
}
