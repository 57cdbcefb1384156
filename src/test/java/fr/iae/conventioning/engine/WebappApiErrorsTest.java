package fr.iae.conventioning.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebappApiErrorsTest {

  @Test
  void theApplicationsSentenceIsKeptAloneWithoutTheEnginesPrefixAndId() {
    assertThat(WebappApiErrors.message("Cannot submit task form 0829918c-ee0e-11f1-b3a5-02fc00000001: Expliquez à la"
        + " structure ce qui manque à son dossier.", 400))
        .isEqualTo("Expliquez à la structure ce qui manque à son dossier.");
    assertThat(WebappApiErrors.message("Cannot instantiate process definition conventioning:1:67a7f832-ee0e: La durée"
        + " de la convention doit être comprise entre 12 et 60 mois (reçu : 70).", 400))
        .isEqualTo("La durée de la convention doit être comprise entre 12 et 60 mois (reçu : 70).");
  }

  @Test
  void anEngineMessageGivesWayToTheSentenceForTheStatus() {
    assertThat(WebappApiErrors.message("Cannot submit task form 0829: ENGINE-03005 Execution fails", 500))
        .doesNotContain("ENGINE", "Cannot").isNotBlank();
    assertThat(WebappApiErrors.message("The user with id 'x' does not have 'UPDATE' permission on resource 'task'.",
        403)).isEqualTo(EngineRestErrors.sentenceFor(jakarta.ws.rs.core.Response.Status.FORBIDDEN));
    String body = new String(WebappApiErrors.french(("{\"type\":\"RestException\",\"message\":\"Cannot submit task"
        + " form 12ab: Le SIRET doit comporter 14 chiffres.\",\"code\":0}").getBytes(StandardCharsets.UTF_8), 400),
        StandardCharsets.UTF_8);
    assertThat(body).contains("\"message\":\"Le SIRET doit comporter 14 chiffres.\"", "\"type\":\"RestException\"");
  }
}
