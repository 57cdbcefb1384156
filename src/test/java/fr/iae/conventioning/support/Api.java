package fr.iae.conventioning.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The REST APIs as the demo users use them: {@code /api} and {@code /engine-rest}, HTTP basic. */
@TestComponent
public class Api {

  public static final String ADMIN = "admin";
  public static final String TEST_PASSWORD = "motdepasse";

  private final TestRestTemplate rest;
  private final ObjectMapper json;

  public Api(TestRestTemplate rest, ObjectMapper json) {
    this.rest = rest;
    this.json = json;
  }

  public record Response(int status, JsonNode body, byte[] bytes, HttpHeaders headers) {

    public String message() {
      return body == null || body.get("message") == null ? null : body.get("message").asText();
    }
  }

  public Response get(String user, String path) {
    return call(user, HttpMethod.GET, path, null);
  }

  public Response post(String user, String path, Object body) {
    return call(user, HttpMethod.POST, path, body);
  }

  public Response put(String user, String path, Object body) {
    return call(user, HttpMethod.PUT, path, body);
  }

  public Response anonymous(HttpMethod method, String path) {
    return exchange(rest, method, path, null);
  }

  /** A GET asking for one media type only (text/csv, say); the body is left as bytes. */
  public Response getAccepting(String user, String path, MediaType accept) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(accept));
    ResponseEntity<byte[]> response = rest.withBasicAuth(user, password(user)).exchange(path, HttpMethod.GET,
        new HttpEntity<>(headers), byte[].class);
    return new Response(response.getStatusCode().value(), null, response.getBody(), response.getHeaders());
  }

  public Response call(String user, HttpMethod method, String path, Object body) {
    return exchange(rest.withBasicAuth(user, password(user)), method, path, body);
  }

  private Response exchange(TestRestTemplate template, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PDF, MediaType.ALL));
    ResponseEntity<byte[]> response = template.exchange(path, method, new HttpEntity<>(body, headers), byte[].class);
    byte[] bytes = response.getBody();
    JsonNode node = null;
    if (bytes != null && bytes.length > 0 && response.getHeaders().getContentType() != null
        && response.getHeaders().getContentType().includes(MediaType.APPLICATION_JSON)) {
      try {
        node = json.readTree(bytes);
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return new Response(response.getStatusCode().value(), node, bytes, response.getHeaders());
  }

  static String password(String user) {
    if (ADMIN.equals(user)) {
      return "admin";
    }
    return user.startsWith("test-") ? TEST_PASSWORD : "demo";
  }

  // --------------------------------------------------------------------------------------------- engine tasks

  /** The open tasks of a convention that the user can see. */
  public JsonNode tasks(String user, String reference) {
    Response response = get(user, "/engine-rest/task?processInstanceBusinessKey=" + reference);
    assertThat(response.status()).isEqualTo(200);
    return response.body();
  }

  /** The single open task of that kind on the convention, as the user sees it; fails when there is none. */
  public JsonNode task(String user, String reference, String taskKey) {
    for (JsonNode task : tasks(user, reference)) {
      if (taskKey.equals(task.get("taskDefinitionKey").asText())) {
        return task;
      }
    }
    throw new AssertionError("no open task " + taskKey + " on " + reference + " for " + user);
  }

  /** Waits until the task is completed in the engine (a browser test's click takes effect a moment later). */
  public void waitUntilDone(String user, String reference, String taskKey) throws InterruptedException {
    for (int i = 0; i < 60 && hasTask(user, reference, taskKey); i++) {
      Thread.sleep(500);
    }
    if (hasTask(user, reference, taskKey)) {
      throw new AssertionError(taskKey + " is still open for " + user + " on " + reference);
    }
  }

  public boolean hasTask(String user, String reference, String taskKey) {
    for (JsonNode task : tasks(user, reference)) {
      if (taskKey.equals(task.get("taskDefinitionKey").asText())) {
        return true;
      }
    }
    return false;
  }

  public Response complete(String user, String taskId, Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, value instanceof TypedValue t ? t.dto() : Map.of("value", value)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("variables", typed);
    return post(user, "/engine-rest/task/" + taskId + "/complete", body);
  }

  /** Completes the single open task of that kind, and checks it worked. */
  public void completeTask(String user, String reference, String taskKey, Map<String, Object> variables) {
    Response response = complete(user, task(user, reference, taskKey).get("id").asText(), variables);
    assertThat(response.status()).as("completing %s as %s: %s", taskKey, user, response.body()).isEqualTo(204);
  }

  /** A variable value with an explicit engine type, e.g. a Json list. */
  public record TypedValue(Object value, String type) {

    Map<String, Object> dto() {
      return Map.of("value", value, "type", type);
    }

    public static TypedValue json(String jsonText) {
      return new TypedValue(jsonText, "Json");
    }
  }

  // --------------------------------------------------------------------------------------------- test data

  /** A structure of its own for a test, registered by the administrator, with one user in its group. */
  public record TestStructure(String siret, String userId, String department, String kind) {}

  public TestStructure newStructure(String department, String kind) {
    String siret = Sirets.random();
    Response created = post(ADMIN, "/api/structures", Map.of("siret", siret, "name", "Structure de test " + siret,
        "kind", kind, "department", department, "email", "contact-" + siret + "@example.org"));
    assertThat(created.status()).as("structure creation: %s", created.body()).isEqualTo(201);
    String userId = "test-" + siret;
    Map<String, Object> profile = Map.of("id", userId, "firstName", "Directrice", "lastName", siret,
        "email", userId + "@example.org");
    Response user = post(ADMIN, "/engine-rest/user/create",
        Map.of("profile", profile, "credentials", Map.of("password", TEST_PASSWORD)));
    assertThat(user.status()).as("user creation: %s", user.body()).isEqualTo(204);
    Response membership = put(ADMIN, "/engine-rest/group/siae-" + siret + "/members/" + userId, null);
    assertThat(membership.status()).isEqualTo(204);
    return new TestStructure(siret, userId, department, kind);
  }

  /** Adds a user with an e-mail address to a group; returns the user id. */
  public String addUser(String groupId, String userId) {
    Map<String, Object> profile = Map.of("id", userId, "firstName", "Agent", "lastName", userId,
        "email", userId + "@example.org");
    Response user = post(ADMIN, "/engine-rest/user/create",
        Map.of("profile", profile, "credentials", Map.of("password", TEST_PASSWORD)));
    assertThat(user.status()).as("user creation: %s", user.body()).isEqualTo(204);
    assertThat(put(ADMIN, "/engine-rest/group/" + groupId + "/members/" + userId, null).status()).isEqualTo(204);
    return userId;
  }

  /** Starts a convention as a State agent; returns its reference. */
  public String startConvention(String user, String siret, String start, int months) {
    Response response = post(user, "/api/conventions",
        Map.of("siret", siret, "conventionStart", start, "durationMonths", months));
    assertThat(response.status()).as("start: %s", response.body()).isEqualTo(201);
    return response.body().get("reference").asText();
  }

  public static String randomDigits(int length) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < length; i++) {
      digits.append(ThreadLocalRandom.current().nextInt(10));
    }
    return digits.toString();
  }
}
