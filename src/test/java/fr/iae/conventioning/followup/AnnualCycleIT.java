package fr.iae.conventioning.followup;

import static fr.iae.conventioning.support.Stages.exits;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.iae.conventioning.deadline.WorkingDayCalendar;
import fr.iae.conventioning.notification.MailDispatcher;
import fr.iae.conventioning.support.Api;
import fr.iae.conventioning.support.Api.TestStructure;
import fr.iae.conventioning.support.ApplicationTest;
import fr.iae.conventioning.support.Mails;
import fr.iae.conventioning.support.Pdfs;
import fr.iae.conventioning.support.Stages;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A three-year convention as the procedure runs it, through the REST APIs as the demo users: annex A0M0 signed with
 * the convention, then each year a report, a dialogue de gestion with its invitations, the next annex proposed from
 * the criteria, sent back, accepted, co-signed and signed; an amendment; the annexes closed at the end.
 */
@ApplicationTest
class AnnualCycleIT {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired
  Api api;

  @Autowired
  ProcessEngine engine;

  @Autowired
  WorkingDayCalendar calendar;

  @Autowired
  MailDispatcher dispatcher;

  private JsonNode annexes(String user, String reference) {
    return api.get(user, "/api/conventions/" + reference).body().get("annexes");
  }

  private static JsonNode annex(JsonNode annexes, String number, String status) {
    for (JsonNode annex : annexes) {
      if (annex.get("number").asText().equals(number) && annex.get("status").asText().equals(status)) {
        return annex;
      }
    }
    throw new AssertionError("no annex " + number + " " + status + " in " + annexes);
  }

  private JsonNode formVariables(String user, String reference, String task) {
    String id = api.task(user, reference, task).get("id").asText();
    return api.get(user, "/engine-rest/task/" + id + "/form-variables").body();
  }

  private static void assertRefused(Api.Response response, int status, String message) {
    assertThat(response.status()).as("%s", response.body()).isEqualTo(status);
    assertThat(response.message()).as("%s", response.body()).contains(message);
  }

  @Test
  void threeYearsEachWithADialogueAndASignedAnnexPricedAtItsYearsAmount() throws Exception {
    TestStructure s = api.newStructure("59", "ACI");
    Stages stages = new Stages(api);
    String reference = stages.signed(engine, s, "2027-01-01", 36, 25, 20, 15, Stages.conferenceDate(calendar));

    // signed with the convention: A0M0, 10 FTE at 2 %, the 2025 amount (no arrêté published since)
    JsonNode first = annex(annexes("direccte.59", reference), "A0M0", "VALIDE");
    assertThat(first.get("year").asInt()).isEqualTo(2027);
    assertThat(first.get("fte").asDouble()).isEqualTo(10.0);
    assertThat(first.get("unitAmountYear").asInt()).isEqualTo(2025);
    assertThat(first.get("baseAmount").asDouble()).isEqualTo(239_210.0);
    assertThat(first.get("modulatedAmount").asDouble()).isEqualTo(4_784.2);
    assertThat(first.get("totalAmount").asDouble()).isEqualTo(243_994.2);
    assertThat(first.get("signedAt").isNull()).isFalse();

    // year 2: the report with the people hired, the review, the dialogue every year and its invitations
    Stages.fireTimer(engine, reference, "reportDue");
    api.completeTask(s.userId(), reference, "submitFollowUpReport", Stages.yearly(exits(3, 2, 1, 2, 0, 0, 0, 1, 8.5)));
    api.completeTask("direccte.59", reference, "reviewFollowUpReport", Map.of("difficultiesFlagged", false));
    Mails.sendAll(dispatcher);
    for (String invited : List.of("pe.59", "financeur.cd59", s.userId())) {
      MimeMessage invitation = Mails.to(smtp.getReceivedMessages(), invited + "@example.org").stream()
          .filter(mail -> Mails.subject(mail).contains("Dialogue de gestion") && Mails.subject(mail).contains(reference))
          .findFirst()
          .orElseThrow(() -> new AssertionError(invited + " not invited"));
      assertThat(Mails.text(invitation)).contains(reference, "La DDETS du Nord tiendra le dialogue de gestion annuel",
          "France Travail").doesNotContain("DIRECCTE", "Pôle emploi");
    }
    api.completeTask("direccte.59", reference, "holdManagementDialogue",
        Map.of("dialogueOutcome", "Bonne dynamique ; formation à renforcer."));

    // the draft: its evidence, the criteria's rate, the FTE in force
    JsonNode proposal = formVariables("direccte.59", reference, "proposeAnnex");
    assertThat(proposal.at("/annexNumber/value").asText()).isEqualTo("A1M0");
    assertThat(proposal.at("/annexEvidence/value").asText())
        .contains("9 recrutements sur 12", "8 salariés formés sur 20", "Taux de modulation proposé par les critères");
    // 75 % priority hires (score 0,938), 40 % trained (0,8), 75 % dynamic exits for 60 % (1): 9,35, so 9,4 %
    assertThat(proposal.at("/annexProposedRate/value").asDouble()).isEqualTo(9.4);
    assertThat(proposal.at("/annexFte/value").asDouble()).isEqualTo(10.0);
    String propose = api.task("direccte.59", reference, "proposeAnnex").get("id").asText();
    assertRefused(api.complete("direccte.59", propose, Map.of("annexFte", 11, "annexModulationRate", 5)), 400,
        "Motif de l'ajustement");
    assertRefused(api.complete("direccte.59", propose, Map.of("annexFte", 11, "annexModulationRate", 12,
        "annexModulationReason", "Très bons résultats")), 400, "compris entre 0 et 10 %");
    assertRefused(api.complete("direccte.59", propose, Map.of("annexNumber", "A9M9")), 403, "");
    api.completeTask("direccte.59", reference, "proposeAnnex", Map.of("annexFte", 11, "annexModulationRate", 5,
        "annexModulationReason", "Effort de formation encore insuffisant."));
    JsonNode toAccept = formVariables(s.userId(), reference, "acceptAnnex");
    assertThat(toAccept.at("/annexPricing/value").asText().replace('\u00a0', ' ').replace('\u202f', ' '))
        .contains("11", "Effort de formation encore insuffisant", "263 131,00 €");
    assertThat(toAccept.at("/stateService/value").asText()).isEqualTo("DDETS du Nord");

    // the structure sends it back; the State service sees why, proposes again
    api.completeTask(s.userId(), reference, "acceptAnnex",
        Map.of("annexAccepted", false, "annexRemarks", "Nous demandons 12 ETP pour le nouveau chantier."));
    assertThat(formVariables("direccte.59", reference, "proposeAnnex").at("/annexSentBack/value").asText())
        .contains("Nous demandons 12 ETP");
    stages.signNextAnnex(s, reference, Map.of("annexFte", 12, "annexModulationRate", 9.4));

    JsonNode afterYear2 = annexes(s.userId(), reference);
    JsonNode second = annex(afterYear2, "A1M0", "VALIDE");
    assertThat(second.get("year").asInt()).isEqualTo(2028);
    assertThat(second.get("fte").asDouble()).isEqualTo(12.0);
    assertThat(second.get("baseAmount").asDouble()).isEqualTo(287_052.0);
    assertThat(second.get("modulationRate").asDouble()).isEqualTo(9.4);
    assertThat(second.get("totalAmount").asDouble()).isEqualTo(314_034.89);
    assertThat(second.get("signatures")).extracting(signature -> signature.get("party").asText())
        .containsExactly("STRUCTURE", "DEPARTMENT", "PREFECT");
    assertThat(second.at("/modulation/criteria/0/level").asDouble()).isEqualTo(75.0);
    annex(afterYear2, "A1M0", "REJETE");
    annex(afterYear2, "A0M0", "CLOTURE");

    // an amendment within the year: the State service only, on the annex in force
    String amendments = "/api/conventions/" + reference + "/annexes/A1M0/amendments";
    Map<String, Object> amendment = Map.of("fte", 14, "reason", "Reprise d'un chantier communal.");
    assertThat(api.post(s.userId(), amendments, amendment).status()).isEqualTo(403);
    assertThat(api.post("direccte.62", amendments, amendment).status()).isEqualTo(404);
    assertRefused(api.post("direccte.59", "/api/conventions/" + reference + "/annexes/A0M0/amendments", amendment),
        409, "Seule l'annexe en vigueur");
    Api.Response amended = api.post("direccte.59", amendments, amendment);
    assertThat(amended.status()).as("%s", amended.body()).isEqualTo(201);
    assertThat(amended.body().get("number").asText()).isEqualTo("A1M1");
    assertThat(formVariables(s.userId(), reference, "acceptAmendment").at("/amendmentSummary/value").asText())
        .contains("Avenant à l'annexe A1M0", "Reprise d'un chantier communal");
    api.completeTask(s.userId(), reference, "acceptAmendment", Map.of("amendmentAccepted", true));
    api.completeTask("prefet.59", reference, "signAmendmentPrefect", Map.of("amendmentPrefectSigned", true));
    JsonNode afterAmendment = annexes("direccte.59", reference);
    assertThat(annex(afterAmendment, "A1M1", "VALIDE").get("amends").asText()).isEqualTo("A1M0");
    annex(afterAmendment, "A1M0", "HISTORISE");

    // year 3: every criterion at its full level, the proposal capped at 10 %, the FTE of the amendment
    Stages.fireTimer(engine, reference, "reportDue");
    Map<String, Object> excellent = new HashMap<>(Stages.yearly(exits(6, 4, 3, 1, 0, 0, 0, 1, 13.5)));
    excellent.put("hiresPriority", 12);
    excellent.put("employeesTrained", 15);
    api.completeTask(s.userId(), reference, "submitFollowUpReport", excellent);
    api.completeTask("direccte.59", reference, "reviewFollowUpReport", Map.of("difficultiesFlagged", false));
    api.completeTask("direccte.59", reference, "holdManagementDialogue", Map.of("dialogueOutcome", "Excellente année."));
    JsonNode third = formVariables("direccte.59", reference, "proposeAnnex");
    assertThat(third.at("/annexProposedRate/value").asDouble()).isEqualTo(10.0);
    assertThat(third.at("/annexFte/value").asDouble()).isEqualTo(14.0);
    stages.signNextAnnex(s, reference, Map.of());
    assertThat(annex(annexes("direccte.59", reference), "A2M0", "VALIDE").get("year").asInt()).isEqualTo(2029);
    assertThat(api.get("direccte.59", "/api/conventions/" + reference).body().get("reports")).hasSize(2);

    // each annex's PDF, for those who may see the convention
    Api.Response pdf = api.get(s.userId(), "/api/conventions/" + reference + "/annexes/A1M1/document");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.headers().getContentType().toString()).isEqualTo("application/pdf");
    assertThat(Pdfs.text(pdf.bytes())).contains("Annexe financière A1M1", reference, "Avenant à l'annexe A1M0",
        "Pour la structure", "DDETS du Nord", "334 894,00 €").doesNotContain("DIRECCTE", "Conseil départemental");
    // the yearly annex is co-signed by the Conseil départemental, which co-funds; an amendment of the State's FTE is not
    assertThat(Pdfs.text(api.get("financeur.cd59", "/api/conventions/" + reference + "/annexes/A2M0/document").bytes()))
        .contains("Annexe financière A2M0", "Pour la structure", "Pour le Conseil départemental, cofinanceur",
            "Pour l'État, le préfet, sur proposition de la DDETS du Nord", "Modulation : critères et indicateurs",
            "Caractéristiques des personnes recrutées");
    assertThat(api.get(api.newStructure("59", "EI").userId(), "/api/conventions/" + reference
        + "/annexes/A1M1/document").status()).isEqualTo(404);
    assertThat(api.get(s.userId(), "/api/conventions/" + reference + "/annexes/A7M0/document").status()).isEqualTo(404);

    // the end: every annex closed or replaced
    Stages.fireTimer(engine, reference, "conventionEnded");
    api.completeTask(s.userId(), reference, "submitFinalReport", exits(6, 4, 3, 5, 1, 1, 0, 2, 13.5));
    api.completeTask("direccte.59", reference, "analyseResults", Map.of("sharedAnalysis", "Trois bonnes années."));
    assertThat(annexes("direccte.59", reference)).extracting(annex -> annex.get("status").asText())
        .containsOnly("CLOTURE", "HISTORISE", "REJETE");
  }
}
