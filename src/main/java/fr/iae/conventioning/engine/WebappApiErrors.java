package fr.iae.conventioning.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The webapps' own engine API ({@code /camunda/api/engine/…}, what Tasklist calls) is a JAX-RS application of its
 * own, which {@link EngineRestErrors} does not reach: its refusals arrive as "Cannot submit task form 0829…: <the
 * French sentence>". This filter keeps the French sentence alone, and puts the sentence for the status in place of
 * an engine message.
 */
public class WebappApiErrors extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ENGINE_PREFIX = Pattern.compile(
      "^(Cannot [a-z ]+?(?: [\\w:.-]+)?: )+");
  private static final Pattern ENGINE_WORDS = Pattern.compile(
      "ENGINE-\\d+|Exception|\\b(is|are|does|do|not|cannot|must|should|with|the|of)\\b");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
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
