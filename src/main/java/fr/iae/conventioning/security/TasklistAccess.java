package fr.iae.conventioning.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * What a group needs to work in Tasklist with authorization on: the application itself, the shared task filters,
 * reading the process definitions (names, diagrams, forms), and for the State service starting a convention.
 * Granting is idempotent.
 */
@Component
public class TasklistAccess {

  public static final String CONVENTIONING_KEY = "conventioning";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;

  public TasklistAccess(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
  }

  /** Creates the group when it does not exist yet; renames it when its name changed (today's names). */
  public void ensureGroup(String groupId, String name, String type) {
    Group existing = identityService.createGroupQuery().groupId(groupId).singleResult();
    if (existing == null) {
      Group group = identityService.newGroup(groupId);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    } else if (name != null && !name.equals(existing.getName())) {
      existing.setName(name);
      identityService.saveGroup(existing);
    }
  }

  /** Grants a group everything it needs in Tasklist; State service groups may also start conventions. */
  public void grant(String groupId) {
    grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(groupId, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
    grant(groupId, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
    for (Filter filter : filterService.createFilterQuery().list()) {
      grant(groupId, Resources.FILTER, filter.getId(), Permissions.READ);
    }
    if (Actor.STATE.suffixOf(groupId).isPresent()) {
      grant(groupId, Resources.PROCESS_DEFINITION, CONVENTIONING_KEY, Permissions.CREATE_INSTANCE);
      grant(groupId, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    }
  }

  /** Gives every group that has Tasklist access READ on a filter, for filters created after the groups. */
  public void grantFilterToTasklistGroups(String filterId) {
    List<Authorization> tasklistGrants = authorizationService.createAuthorizationQuery()
        .resourceType(Resources.APPLICATION).resourceId("tasklist").list();
    for (Authorization access : tasklistGrants) {
      if (access.getGroupId() != null) {
        grant(access.getGroupId(), Resources.FILTER, filterId, Permissions.READ);
      }
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
    Authorization existing = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    if (existing != null && existing.isPermissionGranted(permission)) {
      return;
    }
    Authorization authorization = existing != null ? existing : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    authorizationService.saveAuthorization(authorization);
  }
}
