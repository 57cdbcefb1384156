package fr.iae.conventioning.workspace;

import fr.iae.conventioning.security.CurrentUser;
import fr.iae.conventioning.security.WebappSession;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The workspace's pages need a signed-in session (the webapps' own): without one they send to the login page and
 * back. The user and groups are set on the engine for the request, as for {@code /api}. A POST must come from the
 * application's own pages (its Origin header), besides the session cookie being SameSite=Lax.
 */
class WorkspaceFilter extends OncePerRequestFilter {

  static final String LOGIN = "/espace/connexion";

  private final WebappSession session;
  private final IdentityService identityService;

  WorkspaceFilter(WebappSession session, IdentityService identityService) {
    this.session = session;
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if ("POST".equals(request.getMethod()) && !sameOrigin(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, "Requête refusée : elle ne vient pas de l'application.");
      return;
    }
    if (request.getRequestURI().equals(LOGIN)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<CurrentUser> user = session.current(request);
    if (user.isEmpty()) {
      String target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
      response.sendRedirect(LOGIN + "?suite=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
      return;
    }
    try {
      identityService.setAuthentication(user.get().userId(), user.get().groups());
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static boolean sameOrigin(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return true;
    }
    String host = request.getHeader("Host");
    return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
  }
}
