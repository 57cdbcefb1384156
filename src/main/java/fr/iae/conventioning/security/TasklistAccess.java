package fr.iae.conventioning.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * What users need to work in Tasklist with authorization on: the application itself, the shared task filters and
 * reading the process and decision definitions (names, diagrams, forms) are granted once to everyone (global
 * authorizations), so that a platform of thousands of structures carries no row per structure for them; a group
 * carries only what is its own: its tasks (granted by the engine) and, for the State service, starting a convention.
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

  /** Grants a group what is its own beyond Tasklist: State service groups may start conventions. */
  public void grant(String groupId) {
    if (Actor.STATE.suffixOf(groupId).isPresent()) {
      grant(groupId, Resources.PROCESS_DEFINITION, CONVENTIONING_KEY, Permissions.CREATE_INSTANCE);
      grant(groupId, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    }
  }

  /** Grants every user Tasklist, the definitions and the shared filters, once. */
  public void grantEveryone() {
    grant(null, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(null, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
    grant(null, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
    for (Filter filter : filterService.createFilterQuery().list()) {
      grant(null, Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }

  /**
   * Releases up to v0.3.0 granted Tasklist, the definitions and the filters to each party's group, 7 rows a
   * structure: once everyone holds them, those rows are removed (the State service's right to start is kept).
   *
   * @return how many rows were removed
   */
  public int removeEarlierGroupGrants() {
    int removed = 0;
    removed += removeGroupRows(authorizationService.createAuthorizationQuery()
        .resourceType(Resources.APPLICATION).resourceId("tasklist").list());
    removed += removeGroupRows(authorizationService.createAuthorizationQuery()
        .resourceType(Resources.PROCESS_DEFINITION).resourceId(Authorization.ANY).list());
    removed += removeGroupRows(authorizationService.createAuthorizationQuery()
        .resourceType(Resources.DECISION_DEFINITION).resourceId(Authorization.ANY).list());
    removed += removeGroupRows(authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).list());
    return removed;
  }

  private int removeGroupRows(List<Authorization> rows) {
    int removed = 0;
    for (Authorization row : rows) {
      if (row.getAuthorizationType() == AUTH_TYPE_GRANT && Actor.ofGroup(row.getGroupId()).isPresent()) {
        authorizationService.deleteAuthorization(row.getId());
        removed++;
      }
    }
    return removed;
  }

  /** A grant to a group, or to everyone when the group is null. */
  private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
    AuthorizationQuery query = authorizationService.createAuthorizationQuery().resourceType(resource)
        .resourceId(resourceId);
    Authorization existing = (groupId == null ? query.authorizationType(AUTH_TYPE_GLOBAL) : query.groupIdIn(groupId))
        .singleResult();
    if (existing != null && existing.isPermissionGranted(permission)) {
      return;
    }
    Authorization authorization = existing != null ? existing
        : authorizationService.createNewAuthorization(groupId == null ? AUTH_TYPE_GLOBAL : AUTH_TYPE_GRANT);
    if (groupId == null) {
      authorization.setUserId(Authorization.ANY);
    } else {
      authorization.setGroupId(groupId);
    }
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    authorizationService.saveAuthorization(authorization);
  }
}
