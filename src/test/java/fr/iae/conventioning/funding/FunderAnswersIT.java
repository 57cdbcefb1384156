package fr.iae.conventioning.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.iae.conventioning.ConventioningApplication;
import fr.iae.conventioning.deadline.WorkingDayCalendar;
import fr.iae.conventioning.support.Api;
import fr.iae.conventioning.support.Api.TestStructure;
import fr.iae.conventioning.support.Api.TypedValue;
import fr.iae.conventioning.support.ApplicationTest;
import fr.iae.conventioning.support.Stages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What each funder sees of a conference, and funders answering at the same moment: on one node through the engine
 * REST API, and on two application nodes sharing the database (H2 in memory here, PostgreSQL in CI).
 */
@ApplicationTest
class FunderAnswersIT {

  @Autowired
  Api api;

  @Autowired
  ProcessEngine engine;

  @Autowired
  WorkingDayCalendar calendar;

  @Test
  void beforeTheSummaryEachFunderSeesOnlyItsOwnAnswerAndAfterwardsTheAgreedPlan() {
    TestStructure structure = api.newStructure("59", "ACI");
    String reference = conferenceWith(structure, List.of("cd59", "region-hdf"));
    api.completeTask("financeur.cd59", reference, "commitFunding",
        Map.of("fundingCommitted", true, "fundingAmount", 23456, "fundingNature", "FINANCIAL"));

    JsonNode asDepartment = api.get("financeur.cd59", "/api/conventions/" + reference).body();
    assertThat(asDepartment.at("/funding/funders")).hasSize(1);
    assertThat(asDepartment.at("/funding/funders/0/code").asText()).isEqualTo("cd59");
    assertThat(asDepartment.at("/funding/funders/0/amount").asDouble()).isEqualTo(23456.0);
    assertThat(asDepartment.at("/funding/fundersTotal").isNull()).isTrue();
    JsonNode asRegion = api.get("financeur.region", "/api/conventions/" + reference).body();
    assertThat(asRegion.at("/funding/funders")).hasSize(1);
    assertThat(asRegion.at("/funding/funders/0/code").asText()).isEqualTo("region-hdf");
    assertThat(asRegion.toString()).doesNotContain("23456");
    String regionTask = api.task("financeur.region", reference, "commitFunding").get("id").asText();
    assertThat(api.get("financeur.region", "/engine-rest/task/" + regionTask + "/variables").body().toString())
        .doesNotContain("23456");
    assertThat(api.get("direccte.59", "/api/conventions/" + reference).body().at("/funding/funders")).hasSize(2);
    int uninvited = api.get("financeur.plie", "/api/conventions/" + reference).status();
    assertThat(uninvited).isIn(403, 404);
    assertThat(api.get("financeur.plie", "/api/conventions").body().toString()).doesNotContain(reference);

    api.completeTask("financeur.region", reference, "commitFunding", Map.of("fundingCommitted", false));
    api.completeTask("direccte.59", reference, "summarizeFundersConference", Map.of("agreedFte", 10,
        "modulationRate", 2));
    JsonNode agreed = api.get("financeur.region", "/api/conventions/" + reference).body();
    assertThat(agreed.at("/funding/funders")).hasSize(2);
    assertThat(agreed.at("/funding/fundersTotal").asDouble()).isEqualTo(23456.0);
  }

  @Test
  void fundersAnsweringAtTheSameMomentAreAllKeptOnOneNode() throws Exception {
    TestStructure structure = api.newStructure("59", "ACI");
    List<String> funders = newFunders(10);
    String reference = conferenceWith(structure, funders);
    List<Callable<Integer>> answers = new ArrayList<>();
    for (String funder : funders) {
      String user = "test-" + funder;
      String task = api.task(user, reference, "commitFunding").get("id").asText();
      answers.add(() -> api.complete(user, task, Map.of("fundingCommitted", true, "fundingAmount", 1000,
          "fundingNature", "FINANCIAL")).status());
    }
    assertThat(allAtOnce(answers)).containsOnly(204);
    assertAllAnswersKept(reference, funders);
  }

  @Test
  void fundersAnsweringAtTheSameMomentAreAllKeptOnTwoNodesSharingTheDatabase() throws Exception {
    TestStructure structure = api.newStructure("59", "ACI");
    List<String> funders = newFunders(6);
    String reference = conferenceWith(structure, funders);
    try (ConfigurableApplicationContext secondNode = secondNode()) {
      ProcessEngine other = secondNode.getBean(ProcessEngine.class);
      List<Callable<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < funders.size(); i++) {
        String funder = funders.get(i);
        String user = "test-" + funder;
        String task = api.task(user, reference, "commitFunding").get("id").asText();
        if (i % 2 == 0) {
          answers.add(() -> api.complete(user, task, Map.of("fundingCommitted", true, "fundingAmount", 1000,
              "fundingNature", "FINANCIAL")).status());
        } else {
          answers.add(() -> completeOn(other, user, "financeur-" + funder, task));
        }
      }
      assertThat(allAtOnce(answers)).containsOnly(204);
    } finally {
      // the engines' registry is static: this node's engine stays the one the REST API finds
      ProcessEngines.registerProcessEngine(engine);
    }
    assertAllAnswersKept(reference, funders);
  }

  // ----------------------------------------------------------------------------------------------------------

  private String conferenceWith(TestStructure structure, List<String> funders) {
    Stages stages = new Stages(api);
    String reference = stages.throughProject(structure, "2027-01-01", 24, 10);
    stages.agreeObjectives(structure, reference, 25, 20, 15);
    String codes = "[" + String.join(", ", funders.stream().map(code -> "\"" + code + "\"").toList()) + "]";
    api.completeTask("direccte." + structure.department(), reference, "prepareFundersConference",
        Map.of("funders", TypedValue.json(codes), "conferenceDate", Stages.conferenceDate(calendar)));
    return reference;
  }

  private List<String> newFunders(int count) {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String code = "commune-" + Api.randomDigits(6);
      Api.Response created = api.post(Api.ADMIN, "/api/funders", Map.of("code", code,
          "name", "Commune de test " + code, "kind", "COMMUNE", "email", code + "@example.org"));
      assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
      api.addUser("financeur-" + code, "test-" + code);
      codes.add(code);
    }
    return codes;
  }

  private static List<Integer> allAtOnce(List<Callable<Integer>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      CountDownLatch ready = new CountDownLatch(calls.size());
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> futures = new ArrayList<>();
      for (Callable<Integer> call : calls) {
        futures.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return call.call();
        }));
      }
      ready.await();
      go.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> future : futures) {
        statuses.add(future.get(2, TimeUnit.MINUTES));
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  /** A completion on the other node, through its own engine, as its REST API would make it for the user. */
  private static int completeOn(ProcessEngine node, String user, String group, String taskId) {
    node.getIdentityService().setAuthentication(user, List.of(group));
    try {
      Task task = node.getTaskService().createTaskQuery().taskId(taskId).singleResult();
      assertThat(task).isNotNull();
      node.getTaskService().complete(taskId, Map.of("fundingCommitted", true, "fundingAmount", 1000,
          "fundingNature", "FINANCIAL"));
      return 204;
    } finally {
      node.getIdentityService().clearAuthentication();
    }
  }

  private void assertAllAnswersKept(String reference, List<String> funders) {
    JsonNode convention = api.get("direccte.59", "/api/conventions/" + reference).body();
    JsonNode answers = convention.at("/funding/funders");
    assertThat(answers).hasSize(funders.size());
    answers.forEach(answer -> assertThat(answer.get("status").asText()).as("%s", answer).isEqualTo("COMMITTED"));
    assertThat(api.hasTask("direccte.59", reference, "summarizeFundersConference")).isTrue();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .active().count()).isPositive();
  }

  /** A second application on the same database, as a second node behind a load balancer would be. */
  private static ConfigurableApplicationContext secondNode() {
    String url = System.getenv().getOrDefault("DB_URL", "jdbc:h2:mem:conventioning-it;DB_CLOSE_DELAY=-1");
    List<String> properties = List.of(
        "server.port=0",
        "spring.datasource.url=" + url,
        "spring.datasource.username=" + System.getenv().getOrDefault("DB_USER", "sa"),
        "spring.datasource.password=" + System.getenv().getOrDefault("DB_PASSWORD", ""),
        "camunda.bpm.process-engine-name=secondNode",
        "camunda.bpm.job-execution.enabled=false",
        "spring.mail.port=3025",
        "conventioning.mail.dispatch-enabled=false",
        "conventioning.base-url=http://conventionnement.test");
    return new SpringApplicationBuilder(ConventioningApplication.class)
        .run(properties.stream().map(property -> "--" + property).toArray(String[]::new));
  }
}
