package fr.iae.conventioning.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.iae.conventioning.ConventioningApplication;
import fr.iae.conventioning.deadline.WorkingDayCalendar;
import fr.iae.conventioning.support.Api;
import fr.iae.conventioning.support.Api.TestStructure;
import fr.iae.conventioning.support.FreshDatabase;
import fr.iae.conventioning.support.Stages;
import java.io.File;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Two nodes on one database, as behind a load balancer without sticky sessions: one in this JVM (its job executor
 * off), one in a JVM of its own (its job executor on). A convention goes through stages 1 to 3 with each call sent
 * to the other node than the last; the signed document is issued by the second node's job executor; a session
 * opened on one node is signed in on the other, and signing out on one signs out on both.
 */
class TwoNodesIT {

  private static final Duration PATIENCE = Duration.ofSeconds(180);

  @Test
  void oneConventionsStepsAlternateBetweenTwoNodes() throws Exception {
    String url = FreshDatabase.create("nodes");
    try (ConfigurableApplicationContext first = new SpringApplicationBuilder(ConventioningApplication.class)
        .run(arguments(url, 0, false).toArray(String[]::new))) {
      int secondPort = freePort();
      Process second = startNode(url, secondPort);
      try {
        String firstUrl = "http://localhost:" + first.getEnvironment().getProperty("local.server.port");
        String secondUrl = "http://localhost:" + secondPort;
        waitUntilUp(second, secondUrl);
        ObjectMapper json = first.getBean(ObjectMapper.class);
        Alternating api = new Alternating(json, new Api(rest(firstUrl), json), new Api(rest(secondUrl), json));

        TestStructure structure = api.newStructure("62", "ACI");
        String reference = new Stages(api).signedByAll(structure, "2027-01-01", 24, 25, 20, 15,
            Stages.conferenceDate(first.getBean(WorkingDayCalendar.class)));
        assertThat(api.served()).allSatisfy(calls -> assertThat(calls).isGreaterThan(10));

        // the document is the second node's to issue: its job executor acquires the job the first node created
        waitUntilActive(api, structure, reference);
        Api.Response document = api.getAccepting(structure.userId(), "/api/conventions/" + reference + "/document",
            MediaType.APPLICATION_PDF);
        assertThat(document.status()).isEqualTo(200);

        // one sign-in for both nodes, and one sign-out
        Browser browser = new Browser();
        browser.signIn(firstUrl, structure.userId(), Api.TEST_PASSWORD);
        HttpResponse<String> list = browser.get(secondUrl + "/espace/conventions");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(reference);
        assertThat(browser.get(secondUrl + "/camunda/api/admin/auth/user/default").body())
            .contains("\"userId\":\"" + structure.userId() + "\"");
        browser.post(secondUrl + "/espace/deconnexion", "");
        HttpResponse<String> signedOut = browser.get(firstUrl + "/espace/conventions");
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location").orElseThrow()).contains("/espace/connexion");
      } finally {
        second.destroy();
        if (!second.waitFor(20, TimeUnit.SECONDS)) {
          second.destroyForcibly();
        }
      }
    }
  }

  private static List<String> arguments(String url, int port, boolean jobExecutor) {
    List<String> arguments = new ArrayList<>();
    for (String property : List.of(
        "server.port=" + port,
        "spring.datasource.url=" + url,
        "spring.datasource.username=" + FreshDatabase.user(),
        "spring.datasource.password=" + FreshDatabase.password(),
        "camunda.bpm.job-execution.enabled=" + jobExecutor,
        "spring.mail.port=3025",
        "conventioning.mail.dispatch-enabled=false",
        "conventioning.base-url=http://conventionnement.test")) {
      arguments.add("--" + property);
    }
    return arguments;
  }

  /** The second node: the same classes in a JVM of its own, so that it has an engine and webapps of its own. */
  private static Process startNode(String url, int port) throws Exception {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "-Xmx512m", "-cp", classPath(), ConventioningApplication.class.getName()));
    command.addAll(arguments(url, port, true));
    File log = new File("target/second-node.log");
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
  }

  /** This JVM's class path without its empty entries, which would put the project's own folders on it. */
  private static String classPath() {
    return java.util.Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.isBlank()).collect(java.util.stream.Collectors.joining(File.pathSeparator));
  }

  private static void waitUntilUp(Process node, String url) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      assertThat(node.isAlive()).as("the second node stopped; see target/second-node.log").isTrue();
      try {
        if (client.send(HttpRequest.newBuilder(URI.create(url + "/actuator/health")).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the second node did not start; see target/second-node.log");
  }

  private static void waitUntilActive(Api api, TestStructure structure, String reference) throws Exception {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      if ("ACTIVE".equals(api.get(structure.userId(), "/api/conventions/" + reference).body().path("status").asText())) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the signed convention was not issued by the second node's job executor");
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static TestRestTemplate rest(String rootUri) {
    return new TestRestTemplate(new RestTemplateBuilder().rootUri(rootUri));
  }

  /** The test API with each call sent to the other node than the last. */
  private static final class Alternating extends Api {

    private final Api[] nodes;
    private final int[] served;
    private int next;

    Alternating(ObjectMapper json, Api... nodes) {
      super(null, json);
      this.nodes = nodes;
      this.served = new int[nodes.length];
    }

    private Api node() {
      int index = next++ % nodes.length;
      served[index]++;
      return nodes[index];
    }

    List<Integer> served() {
      List<Integer> counts = new ArrayList<>();
      for (int count : served) {
        counts.add(count);
      }
      return counts;
    }

    @Override
    public Response call(String user, HttpMethod method, String path, Object body) {
      return node().call(user, method, path, body);
    }

    @Override
    public Response getAccepting(String user, String path, MediaType accept) {
      return node().getAccepting(user, path, accept);
    }
  }

  /** A browser's cookies, shared by both nodes as one address would share them. */
  private static final class Browser {

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();

    void signIn(String node, String user, String password) throws Exception {
      HttpResponse<String> response = post(node + "/espace/connexion", "identifiant=" + user + "&motDePasse="
          + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&suite=/espace/conventions");
      assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/espace/conventions");
    }

    HttpResponse<String> get(String url) throws Exception {
      return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html,application/json")
          .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String url, String form) throws Exception {
      return client.send(HttpRequest.newBuilder(URI.create(url))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
