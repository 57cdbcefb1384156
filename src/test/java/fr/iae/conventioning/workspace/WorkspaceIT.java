package fr.iae.conventioning.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.iae.conventioning.support.Api;
import fr.iae.conventioning.support.Api.TestStructure;
import fr.iae.conventioning.support.ApplicationTest;
import fr.iae.conventioning.support.Stages;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workspace through HTTP as its users: one login for the workspace and the webapps, the same visibility as
 * {@code /api} in the list, the page, the export and the dashboard, intruders seeing nothing; the history API.
 */
@ApplicationTest
class WorkspaceIT {

  @LocalServerPort
  int port;

  @Autowired
  Api api;

  @Autowired
  org.camunda.bpm.engine.ProcessEngine engine;

  @Autowired
  fr.iae.conventioning.deadline.WorkingDayCalendar calendar;

  @Test
  void everyPageAsksToSignInAndABadPasswordIsRefusedInFrench() throws Exception {
    // a user of their own: a refused password delays that user's next login (the engine's brute-force guard)
    TestStructure structure = api.newStructure("59", "EI");
    Session anonymous = new Session();
    HttpResponse<String> page = anonymous.get("/espace/conventions?q=abc");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElseThrow())
        .endsWith("/espace/connexion?suite=%2Fespace%2Fconventions%3Fq%3Dabc");
    assertThat(anonymous.get("/espace/tableau-de-bord").statusCode()).isEqualTo(302);
    // an unknown page answers in French, not with Spring's "Whitelabel Error Page"
    Session signedIn = new Session();
    signedIn.login("cdiae.62", "demo");
    HttpResponse<String> unknown = signedIn.get("/espace/nulle-part");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("Page introuvable", "Cette adresse ne correspond à aucune page.")
        .doesNotContain("Whitelabel", "Not Found");

    HttpResponse<String> refused = anonymous.login(structure.userId(), "mauvais");
    assertThat(refused.headers().firstValue("Location").orElseThrow()).contains("/espace/connexion?erreur");
    assertThat(anonymous.get("/espace/connexion?erreur").body()).contains("Identifiant ou mot de passe incorrect.");
    // back only to this application's pages
    Session session = new Session();
    HttpResponse<String> offsite = session.post("/espace/connexion", "identifiant=pe.59&motDePasse=demo"
        + "&suite=" + URLEncoder.encode("https://ailleurs.example/", StandardCharsets.UTF_8));
    assertThat(offsite.headers().firstValue("Location").orElseThrow()).endsWith("/espace/conventions");
  }

  @Test
  void oneLoginServesTheWorkspaceTheWebappsAndReadingTheApi() throws Exception {
    TestStructure structure = api.newStructure("59", "AI");
    String reference = api.startConvention("direccte.59", structure.siret(), "2027-01-01", 24);

    Session workspace = new Session();
    workspace.login(structure.userId(), Api.TEST_PASSWORD);
    HttpResponse<String> auth = workspace.get("/camunda/api/admin/auth/user/default");
    assertThat(auth.statusCode()).isEqualTo(200);
    assertThat(auth.body()).contains("\"userId\":\"" + structure.userId() + "\"", "tasklist");
    assertThat(workspace.get("/api/conventions/" + reference).statusCode()).isEqualTo(200);
    // a session reads the API; it never writes through it
    assertThat(workspace.post("/api/conventions", "{}").statusCode()).isEqualTo(401);

    Session tasklist = new Session();
    tasklist.get("/camunda/app/tasklist/default/");
    HttpResponse<String> webappLogin = tasklist.post("/camunda/api/admin/auth/user/default/login/tasklist",
        "username=" + structure.userId() + "&password=" + Api.TEST_PASSWORD);
    assertThat(webappLogin.statusCode()).isEqualTo(200);
    tasklist.get("/camunda/app/tasklist/default/");
    // Tasklist's refusals read as the application's French sentence alone, without the engine's prefix and ids
    String taskId = api.task(structure.userId(), reference, "submitInsertionProject").get("id").asText();
    HttpResponse<String> refusal = tasklist.postJson("/camunda/api/engine/engine/default/task/" + taskId
        + "/submit-form", "{\"variables\": {\"requestedFte\": {\"value\": -3, \"type\": \"Double\"}}}");
    assertThat(refusal.statusCode()).isBetween(400, 499);
    assertThat(refusal.body()).doesNotContain("Cannot", taskId).containsPattern("\"message\":\"[^\"]*[éèà]");
    // administrators, who diagnose in Cockpit, keep the engine's own message
    Session admin = new Session();
    admin.get("/camunda/app/tasklist/default/");
    admin.post("/camunda/api/admin/auth/user/default/login/tasklist", "username=admin&password=admin");
    admin.get("/camunda/app/tasklist/default/");
    HttpResponse<String> forAdmin = admin.postJson("/camunda/api/engine/engine/default/task/" + taskId
        + "/submit-form", "{\"variables\": {\"requestedFte\": {\"value\": -3, \"type\": \"Double\"}}}");
    assertThat(forAdmin.statusCode()).isBetween(400, 599);
    assertThat(forAdmin.body()).contains("Cannot submit task form " + taskId);
    HttpResponse<String> list = tasklist.get("/espace/conventions");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(reference);

    assertThat(tasklist.post("/espace/deconnexion", "").headers().firstValue("Location").orElseThrow())
        .endsWith("/espace/connexion?deconnecte");
    assertThat(tasklist.get("/espace/conventions").statusCode()).isEqualTo(302);
    assertThat(tasklist.get("/camunda/api/admin/auth/user/default").statusCode()).isNotEqualTo(200);
  }

  @Test
  void eachPartySeesItsConventionsAndNoneOfTheOthers() throws Exception {
    TestStructure structure = api.newStructure("59", "ACI");
    String reference = api.startConvention("direccte.59", structure.siret(), "2027-01-01", 36);
    new Stages(api).throughProjectOf(structure, reference);
    TestStructure neighbour = api.newStructure("59", "EI");
    TestStructure elsewhere = api.newStructure("62", "EI");

    Session agent = new Session();
    agent.login("direccte.59", "demo");
    HttpResponse<String> list = agent.get("/espace/conventions?q=" + structure.siret().substring(0, 9));
    assertThat(list.body()).contains(reference, "Négociation des objectifs", "DDETS du Nord", "Proposer les objectifs");
    assertThat(agent.get("/espace/conventions?q=" + reference.toLowerCase()).body()).contains(reference);
    assertThat(agent.get("/espace/conventions?etape=RENEWAL&q=" + reference).body()).doesNotContain(
        "data-reference=\"" + reference + "\"");
    HttpResponse<String> page = agent.get("/espace/conventions/" + reference);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Dossier jugé complet", "Projet d&#39;insertion déposé (version 1)",
        "/camunda/app/tasklist/default/#/?task=");
    HttpResponse<String> export = agent.get("/espace/conventions/export?q=" + reference);
    assertThat(export.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(export.body()).startsWith("\uFEFFRéférence;").contains(reference);
    HttpResponse<String> board = agent.get("/espace/tableau-de-bord");
    assertThat(board.statusCode()).isEqualTo(200);
    assertThat(board.body()).contains("Tableau de bord — 59 Nord", "Négociation des objectifs", "objectif national 25,0");

    for (String intruder : List.of(neighbour.userId(), elsewhere.userId(), "direccte.62", "financeur.region")) {
      Session other = new Session();
      other.login(intruder, intruder.startsWith("test-") ? Api.TEST_PASSWORD : "demo");
      assertThat(other.get("/espace/conventions").body()).as(intruder).doesNotContain(reference);
      assertThat(other.get("/espace/conventions?q=" + structure.siret()).body()).as(intruder)
          .doesNotContain(reference);
      HttpResponse<String> hidden = other.get("/espace/conventions/" + reference);
      assertThat(hidden.statusCode()).as(intruder).isEqualTo(404);
      assertThat(hidden.body()).contains("n&#39;existe pas ou vous n&#39;y avez pas accès").doesNotContain(structure.siret());
      assertThat(other.get("/espace/conventions/export").body()).as(intruder).doesNotContain(reference);
      HttpResponse<String> otherBoard = other.get("/espace/tableau-de-bord");
      assertThat(otherBoard.body()).as(intruder).doesNotContain(reference);
    }
    Session structureSession = new Session();
    structureSession.login(structure.userId(), Api.TEST_PASSWORD);
    assertThat(structureSession.get("/espace/tableau-de-bord").statusCode()).isEqualTo(403);
    // who acted, by name, although a structure may not read the State agents' accounts
    assertThat(structureSession.get("/espace/conventions/" + reference).body()).contains("Anne Moreau");
  }

  @Test
  void theListSearchesSortsAndPagesInTheDatabase() throws Exception {
    String mark = Api.randomDigits(6);
    String first = convention("Réinsertion Été " + mark + " A", "2027-01-01", 36);
    String second = convention("Réinsertion Été " + mark + " B", "2028-01-01", 12);
    Session agent = new Session();
    agent.login("direccte.62", "demo");

    // accents and case ignored, the structure's name as well as the reference
    String found = agent.get("/espace/conventions?q=reinsertion+ete+" + mark).body();
    assertThat(found).contains(first, second, "<strong>2</strong> conventions sur");
    // by end date: the 12-month convention of 2028 ends before the 36-month one of 2027
    String byEnd = agent.get("/espace/conventions?tri=fin&q=" + mark).body();
    assertThat(byEnd.indexOf(second)).isLessThan(byEnd.indexOf(first));
    String byReference = agent.get("/espace/conventions?q=" + mark).body();
    assertThat(byReference.indexOf(second)).isLessThan(byReference.indexOf(first));
    // overdue: only the convention whose task is past due, which comes first by due date
    org.camunda.bpm.engine.TaskService tasks = engine.getTaskService();
    org.camunda.bpm.engine.task.Task late = tasks.createTaskQuery().processInstanceBusinessKey(first).singleResult();
    late.setDueDate(java.util.Date.from(java.time.Instant.now().minus(java.time.Duration.ofDays(3))));
    tasks.saveTask(late);
    String overdue = agent.get("/espace/conventions?retard=1&q=" + mark).body();
    assertThat(overdue).contains(first).doesNotContain("data-reference=\"" + second + "\"");
    String byDue = agent.get("/espace/conventions?tri=echeance&q=" + mark).body();
    assertThat(byDue.indexOf(first)).isLessThan(byDue.indexOf(second));
    // a page past the last shows the last; the State service of another département finds nothing
    assertThat(agent.get("/espace/conventions?page=99&q=" + mark).body()).contains(first, second);
    Session other = new Session();
    other.login("direccte.59", "demo");
    assertThat(other.get("/espace/conventions?q=" + mark).body()).doesNotContain(first).doesNotContain(second);
  }

  private String convention(String structureName, String start, int months) {
    String siret = fr.iae.conventioning.support.Sirets.random();
    assertThat(api.post(Api.ADMIN, "/api/structures", java.util.Map.of("siret", siret, "name", structureName,
        "kind", "ACI", "department", "62")).status()).isEqualTo(201);
    return api.startConvention("direccte.62", siret, start, months);
  }

  @Test
  void theHistoryApiListsEveryStepForThoseWhoMaySeeTheConvention() {
    TestStructure structure = api.newStructure("59", "EI");
    String reference = api.startConvention("direccte.59", structure.siret(), "2027-01-01", 36);
    new Stages(api).throughProjectOf(structure, reference);

    Api.Response history = api.get(structure.userId(), "/api/conventions/" + reference + "/history");
    assertThat(history.status()).isEqualTo(200);
    List<String> what = new ArrayList<>();
    for (JsonNode entry : history.body()) {
      assertThat(entry.has("at") && entry.has("actor") && entry.has("party") && entry.has("stage")).isTrue();
      what.add(entry.get("party").asText() + " " + entry.get("stage").asText() + " " + entry.get("what").asText());
    }
    assertThat(what).hasSize(3);
    assertThat(what.get(0)).startsWith("STATE PROJECT Convention ouverte : 36 mois à compter du 1er janvier 2027");
    assertThat(what.get(1)).startsWith("STRUCTURE PROJECT Projet d'insertion déposé (version 1)");
    assertThat(what.get(2)).startsWith("STATE PROJECT Dossier jugé complet");
    assertThat(history.body().get(1).get("actor").asText()).isEqualTo(structure.userId());

    assertThat(api.get("direccte.62", "/api/conventions/" + reference + "/history").status()).isEqualTo(404);
    assertThat(api.get("financeur.region", "/api/conventions/" + reference + "/history").status()).isEqualTo(404);
  }

  @Test
  void theStateServiceProposesAnAmendmentFromTheConventionsPage() throws Exception {
    TestStructure structure = api.newStructure("59", "ACI");
    String reference = new Stages(api).signed(engine, structure, "2027-01-01", 36, 25, 20, 15,
        Stages.conferenceDate(calendar));
    String form = "/espace/conventions/" + reference + "/annexes/A0M0/avenant";

    Session owner = new Session();
    owner.login(structure.userId(), Api.TEST_PASSWORD);
    assertThat(owner.get("/espace/conventions/" + reference).body()).doesNotContain("cv-amend-");
    assertThat(owner.post(form, "fte=11&reason=x").statusCode()).isEqualTo(403);

    Session agent = new Session();
    agent.login("direccte.59", "demo");
    assertThat(agent.get("/espace/conventions/" + reference).body()).contains("id=\"cv-amend-A0M0\"");
    HttpResponse<String> forged = agent.client.send(HttpRequest.newBuilder(agent.uri(form))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://ailleurs.example")
        .POST(HttpRequest.BodyPublishers.ofString("fte=11&reason=x")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).isEqualTo(403);

    assertThat(agent.post(form, "fte=beaucoup&reason=x").statusCode()).isEqualTo(302);
    assertThat(agent.get("/espace/conventions/" + reference).body()).contains("id=\"cv-problem\"", "ETP");
    assertThat(api.hasTask(structure.userId(), reference, "acceptAmendment")).isFalse();

    assertThat(agent.post(form, "fte=11%2C5&reason=" + URLEncoder.encode("Reprise d'un chantier communal.",
        StandardCharsets.UTF_8)).statusCode()).isEqualTo(302);
    assertThat(agent.get("/espace/conventions/" + reference).body())
        .contains("L&#39;avenant A0M1 est proposé à la structure : 11,5 ETP");
    assertThat(api.hasTask(structure.userId(), reference, "acceptAmendment")).isTrue();
  }

  /** A browser's cookie jar, without following redirects. */
  private final class Session {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER).build();

    /** As a browser asks for a page. */
    HttpResponse<String> get(String path) throws Exception {
      return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,*/*;q=0.8").GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String form) throws Exception {
      return client.send(HttpRequest.newBuilder(uri(path))
          .header("Content-Type", path.startsWith("/api") ? "application/json" : "application/x-www-form-urlencoded")
          .header("X-XSRF-TOKEN", xsrf())
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String json) throws Exception {
      return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
          .header("X-XSRF-TOKEN", xsrf()).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    /** The webapps' CSRF token, which they send back in a header with every change. */
    String xsrf() {
      return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
          .map(java.net.HttpCookie::getValue).findFirst().orElse("");
    }

    HttpResponse<String> login(String user, String password) throws Exception {
      return post("/espace/connexion", "identifiant=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
          + "&motDePasse=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
      return URI.create("http://localhost:" + port + path);
    }
  }
}
