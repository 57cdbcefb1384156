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
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP basic authentication of {@code /api} against the engine's identity service: the same users and passwords
 * as Tasklist. The authenticated user and groups are set on the engine for the request, so that engine calls made
 * on the caller's behalf are checked against the caller's authorizations.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  private final ProcessEngine engine;
  private final ObjectMapper objectMapper;
  private final HttpBasicAuthenticationProvider provider = new HttpBasicAuthenticationProvider();

  public ApiAuthenticationFilter(ProcessEngine engine, ObjectMapper objectMapper) {
    this.engine = engine;
    this.objectMapper = objectMapper;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    AuthenticationResult result = provider.extractAuthenticatedUser(request, engine);
    if (!result.isAuthenticated()) {
      writeUnauthorized(response);
      return;
    }
    IdentityService identityService = engine.getIdentityService();
    String userId = result.getAuthenticatedUser();
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .toList();
    try {
      identityService.setAuthentication(userId, groups);
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
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
