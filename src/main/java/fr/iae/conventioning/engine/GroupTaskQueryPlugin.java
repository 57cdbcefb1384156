package fr.iae.conventioning.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Two costs of the engine's authorization checks that grow with the platform rather than with the work (see
 * docs/decisions.md, "A group's task list at the size of a region"):
 * <ul>
 *   <li>a query of a group's tasks by one of the user's own candidate groups joins every task with every
 *   authorization row; it needs no check, since the engine grants the candidate group READ on every task it is a
 *   candidate for. The check is kept whenever anything else could widen the result (an {@code or} query, a
 *   candidate user, a group pattern, a group the user is not in, a revoking authorization);</li>
 *   <li>every authorized command reads the distinct groups of all authorization rows to shorten the user's group
 *   list (Camunda #5485); a user of a few groups is checked with them as they are.</li>
 * </ul>
 */
@Component
public class GroupTaskQueryPlugin extends AbstractProcessEnginePlugin {

  /** Up to this many groups, a user's groups go to the checks without reading which groups hold authorizations. */
  static final int FEW_GROUPS = 20;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new GroupAwareAuthorizationManager();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  /** The engine's authorization manager with the two shortcuts; one per command, as the engine's. */
  static class GroupAwareAuthorizationManager extends AuthorizationManager {

    @Override
    public void configureTaskQuery(TaskQueryImpl query) {
      super.configureTaskQuery(query);
      AuthorizationCheck check = query.getAuthCheck();
      if (check.isAuthorizationCheckEnabled() && isOwnGroupsQuery(query) && !check.isRevokeAuthorizationCheckEnabled()) {
        check.setAuthorizationCheckEnabled(false);
        check.getPermissionChecks().clear();
      }
    }

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds != null && !authenticatedGroupIds.isEmpty() && authenticatedGroupIds.size() <= FEW_GROUPS) {
        return new ArrayList<>(authenticatedGroupIds);
      }
      return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
    }

    private boolean isOwnGroupsQuery(TaskQueryImpl query) {
      Authentication authentication = getCurrentAuthentication();
      List<String> userGroups = authentication.getGroupIds();
      if (userGroups == null || query.getQueries().size() > 1 || query.getCandidateUser() != null
          || query.getCandidateGroupLike() != null) {
        return false;
      }
      List<String> candidateGroups = query.getCandidateGroups();
      return candidateGroups != null && !candidateGroups.isEmpty() && userGroups.containsAll(candidateGroups);
    }
  }
}
