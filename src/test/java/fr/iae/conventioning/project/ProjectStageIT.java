package fr.iae.conventioning.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.iae.conventioning.support.Api;
import fr.iae.conventioning.support.Api.TestStructure;
import fr.iae.conventioning.support.ApplicationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ApplicationTest
class ProjectStageIT {

  @Autowired
  Api api;

  static Map<String, Object> project(double fte) {
    Map<String, Object> values = new HashMap<>();
    values.put("axisReception", "Accueil collectif, livret d'accueil, tuteur désigné pour chaque salarié.");
    values.put("axisSupport", "Une conseillère en insertion à temps plein, partenariats logement et mobilité.");
    values.put("axisTraining", "Savoirs de base et CACES avec l'OPCO.");
    values.put("axisTerritory", "Entretien des espaces verts de trois communes, clauses sociales.");
    values.put("requestedFte", fte);
    return values;
  }

  @Test
  void theStateReceivesReviewsAndSendsBackAnIncompleteFile() {
    TestStructure structure = api.newStructure("59", "ACI");
    String reference = api.startConvention("direccte.59", structure.siret(), "2027-01-01", 36);

    JsonNode submit = api.task(structure.userId(), reference, "submitInsertionProject");
    assertThat(submit.get("due").isNull()).isFalse();
    assertThat(api.hasTask("direccte.59", reference, "submitInsertionProject")).isFalse();
    api.completeTask(structure.userId(), reference, "submitInsertionProject", project(12.5));

    JsonNode review = api.task("direccte.59", reference, "reviewApplication");
    assertThat(review.get("due").isNull()).isFalse();
    assertThat(api.tasks(structure.userId(), reference)).isEmpty();
    api.completeTask("direccte.59", reference, "reviewApplication",
        Map.of("applicationComplete", false, "reviewComment", "L'axe 3 ne dit rien du financement des formations."));

    JsonNode again = api.task(structure.userId(), reference, "submitInsertionProject");
    JsonNode variables = api.get(structure.userId(), "/engine-rest/task/" + again.get("id").asText()
        + "/form-variables").body();
    assertThat(variables.at("/reviewComment/value").asText()).contains("financement des formations");
    assertThat(variables.at("/applicationComplete/value").asBoolean()).isFalse();
    assertThat(variables.at("/axisTraining/value").asText()).isEqualTo("Savoirs de base et CACES avec l'OPCO.");

    Map<String, Object> completed = project(12.5);
    completed.put("axisTraining", "Savoirs de base et CACES financés par l'OPCO et le plan de développement des compétences.");
    api.completeTask(structure.userId(), reference, "submitInsertionProject", completed);
    // the second review reads its earlier comment and what changed
    String secondReview = api.task("direccte.59", reference, "reviewApplication").get("id").asText();
    String since = api.get("direccte.59", "/engine-rest/task/" + secondReview + "/form-variables").body()
        .at("/sinceLastReview/value").asText();
    assertThat(since).contains("Version 2 du projet", "Votre commentaire sur la version 1 : « L'axe 3 ne dit rien du"
        + " financement des formations. »", "Modifié depuis le dépôt précédent : axe 3.")
        .doesNotContain("ETP d'insertion demandés");
    api.completeTask("direccte.59", reference, "reviewApplication", Map.of("applicationComplete", true));

    JsonNode convention = api.get(structure.userId(), "/api/conventions/" + reference).body();
    assertThat(convention.get("status").asText()).isNotEqualTo("PROJECT");
    assertThat(convention.at("/project/axisTraining").asText()).contains("plan de développement");
    assertThat(convention.at("/project/requestedFte").asDouble()).isEqualTo(12.5);
    assertThat(convention.at("/project/complete").asBoolean()).isTrue();
    assertThat(convention.at("/project/rounds")).hasSize(2);
    assertThat(convention.at("/project/rounds/0/reviewComment").asText()).contains("financement");
    assertThat(convention.at("/project/rounds/0/reviewedBy").asText()).isEqualTo("direccte.59");
    assertThat(convention.at("/project/rounds/1/submittedBy").asText()).isEqualTo(structure.userId());
  }

  @Test
  void eachRefusedCompletionAnswersInFrenchAndChangesNothing() {
    TestStructure structure = api.newStructure("59", "AI");
    String reference = api.startConvention("direccte.59", structure.siret(), "2027-01-01", 36);
    String taskId = api.task(structure.userId(), reference, "submitInsertionProject").get("id").asText();

    Map<String, Object> blankAxis = project(5);
    blankAxis.put("axisSupport", "   ");
    assertRefused(api.complete(structure.userId(), taskId, blankAxis), "Axe 2");
    Map<String, Object> missingAxis = project(5);
    missingAxis.remove("axisTerritory");
    assertRefused(api.complete(structure.userId(), taskId, missingAxis), "Axe 4");
    assertRefused(api.complete(structure.userId(), taskId, project(0)), "supérieur à 0");
    assertRefused(api.complete(structure.userId(), taskId, project(-3)), "supérieur à 0");
    assertRefused(api.complete(structure.userId(), taskId, project(25000)), "vérifiez la saisie");
    Map<String, Object> textFte = project(1);
    textFte.put("requestedFte", "beaucoup");
    assertRefused(api.complete(structure.userId(), taskId, textFte), "doit être un nombre");

    assertThat(api.task(structure.userId(), reference, "submitInsertionProject").get("id").asText()).isEqualTo(taskId);
    JsonNode variables = api.get(Api.ADMIN, "/engine-rest/task/" + taskId + "/variables").body();
    assertThat(variables.has("axisReception")).isFalse();
    assertThat(variables.has("requestedFte")).isFalse();
    assertThat(api.get(Api.ADMIN, "/api/conventions/" + reference).body().get("project").isNull()).isTrue();

    api.completeTask(structure.userId(), reference, "submitInsertionProject", project(4));
    String reviewId = api.task("direccte.59", reference, "reviewApplication").get("id").asText();
    assertRefused(api.complete("direccte.59", reviewId, Map.of("applicationComplete", false)), "commentaire est obligatoire");
    assertRefused(api.complete("direccte.59", reviewId, Map.of("applicationComplete", false, "reviewComment", " ")),
        "commentaire est obligatoire");
    assertRefused(api.complete("direccte.59", reviewId, Map.of()), "oui ou par non");

    assertThat(api.task("direccte.59", reference, "reviewApplication").get("id").asText()).isEqualTo(reviewId);
    JsonNode rounds = api.get(Api.ADMIN, "/api/conventions/" + reference).body().at("/project/rounds");
    assertThat(rounds).hasSize(1);
    assertThat(rounds.get(0).get("reviewComplete").isNull()).isTrue();
  }

  private static void assertRefused(Api.Response response, String message) {
    assertThat(response.status()).as("%s", response.body()).isEqualTo(400);
    assertThat(response.message()).as("%s", response.body()).contains(message);
  }
}
