package fr.iae.conventioning.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP basic authentication of {@code /api} against the engine's identity service: the same users and passwords
 * as Tasklist. A GET also accepts the session of a user signed in at the workspace or the webapps. The
 * authenticated user and groups are set on the engine for the request, so that engine calls made on the caller's
 * behalf are checked against the caller's authorizations.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  private final ProcessEngine engine;
  private final ObjectMapper objectMapper;
  private final WebappSession session;
  private final CachedBasicAuthentication authentication;

  public ApiAuthenticationFilter(ProcessEngine engine, ObjectMapper objectMapper, WebappSession session,
      CachedBasicAuthentication authentication) {
    this.engine = engine;
    this.objectMapper = objectMapper;
    this.session = session;
    this.authentication = authentication;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    IdentityService identityService = engine.getIdentityService();
    String userId;
    List<String> groups;
    List<String> tenants = null;
    Optional<CurrentUser> signedIn = readsOnly(request) && request.getHeader("Authorization") == null
        ? session.current(request) : Optional.empty();
    if (signedIn.isPresent()) {
      // the workspace's pages link to documents: a signed-in session reads, it never writes (no CSRF token here)
      userId = signedIn.get().userId();
      groups = signedIn.get().groups();
    } else {
      CachedBasicAuthentication.Verified verified = authentication.verify(request, engine);
      if (verified == null) {
        writeUnauthorized(response);
        return;
      }
      userId = verified.userId();
      groups = verified.groups();
      tenants = verified.tenants();
    }
    try {
      identityService.setAuthentication(userId, groups, tenants);
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static boolean readsOnly(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  private void writeUnauthorized(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"conventionnement-iae\"");
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", 401);
    body.put("error", "Unauthorized");
    body.put("message", "Identifiez-vous avec votre identifiant et votre mot de passe (authentification HTTP Basic).");
    objectMapper.writeValue(response.getWriter(), body);
  }
}
