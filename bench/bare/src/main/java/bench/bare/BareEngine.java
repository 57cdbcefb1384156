package bench.bare;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The bare engine: the parties' users and groups of the benchmark's départements, as the application's demo has, and
 * the engine REST API authenticated as Camunda documents it (HTTP basic, the engine's own filter and provider), so
 * that each call runs as its user and the engine checks its authorizations.
 */
@SpringBootApplication
public class BareEngine {

  public static void main(String[] args) {
    SpringApplication.run(BareEngine.class, args);
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.setName("engine-rest-authentication");
    return registration;
  }

  @Bean
  ApplicationRunner parties(IdentityService identity, AuthorizationService authorizations) {
    return args -> {
      // what every user needs to find the definitions (the application grants the same once to everyone)
      if (authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
          .resourceType(Resources.PROCESS_DEFINITION).count() == 0) {
        Authorization everyone = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        everyone.setResource(Resources.PROCESS_DEFINITION);
        everyone.setResourceId(Authorization.ANY);
        everyone.addPermission(Permissions.READ);
        authorizations.saveAuthorization(everyone);
      }
      for (String department : new String[] {"59", "62"}) {
        party(identity, authorizations, "direccte-" + department, "direccte." + department, true);
        party(identity, authorizations, "pole-emploi-" + department, "pe." + department, false);
        party(identity, authorizations, "cdiae-" + department, "cdiae." + department, false);
        party(identity, authorizations, "prefecture-" + department, "prefet." + department, false);
        party(identity, authorizations, "financeur-cd" + department, "financeur.cd" + department, false);
      }
    };
  }

  private static void party(IdentityService identity, AuthorizationService authorizations, String groupId,
      String userId, boolean starts) {
    if (identity.createGroupQuery().groupId(groupId).count() > 0) {
      return;
    }
    Group group = identity.newGroup(groupId);
    group.setName(groupId);
    identity.saveGroup(group);
    User user = identity.newUser(userId);
    user.setPassword("demo");
    user.setEmail(userId + "@example.org");
    identity.saveUser(user);
    identity.createMembership(userId, groupId);
    if (starts) {
      grant(authorizations, groupId, Resources.PROCESS_DEFINITION, "bare", Permissions.CREATE_INSTANCE);
      grant(authorizations, groupId, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    }
  }

  private static void grant(AuthorizationService authorizations, String groupId, Resource resource, String id,
      Permission permission) {
    Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(id);
    authorization.addPermission(permission);
    authorizations.saveAuthorization(authorization);
  }
}
