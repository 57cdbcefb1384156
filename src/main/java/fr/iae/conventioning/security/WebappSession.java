package fr.iae.conventioning.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.util.ServletContextUtil;
import org.springframework.stereotype.Component;

/**
 * One login for the workspace and the webapps: both read and write the webapps' own authentication in the HTTP
 * session, so a user signed in at {@code /espace/} opens Tasklist signed in, and the reverse.
 */
@Component
public class WebappSession {

  private final ProcessEngine engine;

  public WebappSession(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The user signed in on this session, with the groups the webapps loaded at login. */
  public Optional<CurrentUser> current(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentication authentication = AuthenticationUtil.getAuthsFromSession(session)
        .getAuthenticationForProcessEngine(engine.getName());
    if (!(authentication instanceof UserAuthentication user)) {
      return Optional.empty();
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds());
    return Optional.of(new CurrentUser(user.getIdentityId(), groups));
  }

  /**
   * Checks the password and signs the user in, on a new session id (as the webapps' own login does, so that a
   * session id known before the login is worth nothing after it).
   */
  public boolean signIn(HttpServletRequest request, String username, String password) {
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      return false;
    }
    engine.getIdentityService().clearAuthentication();
    if (!engine.getIdentityService().checkPassword(username.strip(), password)) {
      return false;
    }
    UserAuthentication authentication = AuthenticationUtil.createAuthentication(engine, username.strip());
    if (authentication == null) {
      return false;
    }
    authentication.setCacheValidationTime(ServletContextUtil.getAuthCacheValidationTime(request.getServletContext()));
    AuthenticationUtil.revalidateSession(request, authentication);
    return true;
  }

  /** Signs out of the workspace and the webapps alike. */
  public void signOut(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
