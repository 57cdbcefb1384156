package fr.iae.conventioning.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The webapps' own engine API ({@code /camunda/api/engine/…}, what Tasklist calls) is a JAX-RS application of its
 * own, which {@link EngineRestErrors} does not reach: its refusals arrive as "Cannot submit task form 0829…: <the
 * French sentence>". This filter keeps the French sentence alone, and puts the sentence for the status in place of
 * an engine message. Administrators, who diagnose in Cockpit and Admin, keep the engine's own messages.
 */
public class WebappApiErrors extends OncePerRequestFilter {

  private final String engineName;

  public WebappApiErrors(String engineName) {
    this.engineName = engineName;
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Camunda's administrators' group (the application's {@code Actor.ADMIN_GROUP}). */
  private static final String ADMIN_GROUP = "camunda-admin";
  private static final Pattern ENGINE_PREFIX = Pattern.compile(
      "^(Cannot [a-z ]+?(?: [\\w:.-]+)?: )+");
  private static final Pattern ENGINE_WORDS = Pattern.compile(
      "ENGINE-\\d+|Exception|\\b(is|are|does|do|not|cannot|must|should|with|the|of)\\b");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (isAdministrator(request)) {
      chain.doFilter(request, response);
      return;
    }
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, wrapper);
      if (wrapper.getStatus() >= 400 && wrapper.getContentType() != null
          && wrapper.getContentType().contains("json")) {
        byte[] body = french(wrapper.getContentAsByteArray(), wrapper.getStatus());
        wrapper.resetBuffer();
        wrapper.setContentLength(body.length);
        wrapper.getOutputStream().write(body);
      }
    } finally {
      wrapper.copyBodyToResponse();
    }
  }

  private boolean isAdministrator(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return false;
    }
    Authentication authentication = AuthenticationUtil.getAuthsFromSession(session)
        .getAuthenticationForProcessEngine(engineName);
    return authentication instanceof UserAuthentication user && user.getGroupIds() != null
        && user.getGroupIds().contains(ADMIN_GROUP);
  }

  static byte[] french(byte[] body, int status) {
    try {
      JsonNode node = JSON.readTree(body);
      if (node instanceof ObjectNode object && object.hasNonNull("message")) {
        object.put("message", message(object.get("message").asText(), status));
        return JSON.writeValueAsBytes(object);
      }
    } catch (IOException e) {
      // not JSON after all: left as it is
    }
    return body;
  }

  /** The message a user reads: the application's French sentence, or the French sentence for the status. */
  static String message(String message, int status) {
    String rest = ENGINE_PREFIX.matcher(message == null ? "" : message).replaceFirst("").strip();
    if (rest.isEmpty() || ENGINE_WORDS.matcher(rest).find()) {
      Status known = Status.fromStatusCode(status);
      return EngineRestErrors.sentenceFor(known == null ? Status.BAD_REQUEST : known);
    }
    return rest;
  }
}
