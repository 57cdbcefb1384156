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
import fr.iae.conventioning.support.Stages;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/** A convention's whole life through the REST APIs as the demo users, timers executed through the engine. */
@ApplicationTest
class ConventionLifeIT {

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

  Stages stages;

  @BeforeEach
  void setUp() {
    stages = new Stages(api);
  }


  private List<MimeMessage> mailsTo(String address) {
    return Mails.to(smtp.getReceivedMessages(), address);
  }

  private static void assertRefused(Api.Response response, String message) {
    assertThat(response.status()).as("%s", response.body()).isEqualTo(400);
    assertThat(response.message()).as("%s", response.body()).contains(message);
  }

  @Test
  void fromTheStartToTheRenewalTheNextConventionSeesThePreviousResults() throws Exception {
    TestStructure structure = api.newStructure("59", "ACI");
    String reference = stages.signed(engine, structure, "2027-01-01", 24, 25, 20, 15, Stages.conferenceDate(calendar));
    assertThat(api.get("direccte.59", "/api/conventions/" + reference).body().get("status").asText())
        .isEqualTo("ACTIVE");
    assertThat(api.tasks(structure.userId(), reference)).isEmpty();

    // the yearly report
    Stages.fireTimer(engine, reference, "reportDue");
    String report = api.task(structure.userId(), reference, "submitFollowUpReport").get("id").asText();
    Map<String, Object> negative = Stages.yearly(exits(3, 2, 1, 2, 0, 0, 0, 1, 8.5));
    negative.put("exitsNoNews", -1);
    assertRefused(api.complete(structure.userId(), report, negative), "ne peut pas être négatif");
    Map<String, Object> missing = Stages.yearly(exits(3, 2, 1, 2, 0, 0, 0, 1, 8.5));
    missing.remove("exitsWithdrawn");
    assertRefused(api.complete(structure.userId(), report, missing), "Retrait des sorties");
    assertRefused(api.complete(structure.userId(), report, Stages.yearly(exits(3, 2, 1, 2, 0, 0, 0, 1, -2))), "ETP");
    assertRefused(api.complete(structure.userId(), report, exits(3, 2, 1, 2, 0, 0, 0, 1, 8.5)),
        "Recrutements de l'année");
    assertThat(api.get("direccte.59", "/api/conventions/" + reference).body().get("reports")).isEmpty();
    api.completeTask(structure.userId(), reference, "submitFollowUpReport",
        Stages.yearly(exits(3, 2, 1, 2, 0, 0, 0, 1, 8.5)));

    String review = api.task("direccte.59", reference, "reviewFollowUpReport").get("id").asText();
    JsonNode seen = api.get("direccte.59", "/engine-rest/task/" + review + "/form-variables").body();
    assertThat(seen.at("/reportIndicators/value").asText()).contains("37,5", "85,0");
    assertRefused(api.complete("direccte.59", review, Map.of("difficultiesFlagged", true)), "commentaire de suivi");
    api.completeTask("direccte.59", reference, "reviewFollowUpReport",
        Map.of("difficultiesFlagged", true, "followUpComment", "Les ETP réalisés sont en retrait."));
    assertRefused(api.complete("direccte.59", api.task("direccte.59", reference, "holdManagementDialogue").get("id")
        .asText(), Map.of()), "Conclusions du dialogue de gestion");
    api.completeTask("direccte.59", reference, "holdManagementDialogue",
        Map.of("dialogueOutcome", "Deux recrutements prévus au premier trimestre."));
    Mails.sendAll(dispatcher);
    List<MimeMessage> toCdiae = mailsTo("cdiae.59@example.org").stream()
        .filter(mail -> Mails.subject(mail).contains(reference) && Mails.subject(mail).contains("Suivi de la convention")).toList();
    assertThat(toCdiae).hasSize(1);
    assertThat(Mails.text(toCdiae.get(0))).contains("37,5", "objectif 25,0", "85,0", "8,5 pour 10",
        "Deux recrutements prévus", "examiné par la DDETS du Nord", "La DDETS du Nord a repéré des difficultés")
        .doesNotContain("DIRECCTE");
    stages.signNextAnnex(structure, reference, Map.of());

    // the end of the convention
    Stages.fireTimer(engine, reference, "conventionEnded");
    assertThat(api.get("direccte.59", "/api/conventions/" + reference).body().get("status").asText())
        .isEqualTo("FINAL_REVIEW");
    api.completeTask(structure.userId(), reference, "submitFinalReport", exits(6, 4, 3, 5, 1, 1, 0, 2, 9.5));
    String analyse = api.task("direccte.59", reference, "analyseResults").get("id").asText();
    // the analysis reads every yearly report and dialogue, not only the final report
    assertThat(api.get("direccte.59", "/engine-rest/task/" + analyse + "/form-variables").body()
        .at("/yearlyReports/value").asText()).contains("Bilan de l'année 1", "Sorties examinées",
        "Dialogue de gestion : Deux recrutements prévus au premier trimestre.");
    assertRefused(api.complete("direccte.59", analyse, Map.of("sharedAnalysis", "  ")), "Analyse partagée");
    api.completeTask("direccte.59", reference, "analyseResults",
        Map.of("sharedAnalysis", "Objectifs atteints grâce aux partenariats avec les entreprises du bassin."));

    // objectives met (30 % lasting employment, 65 % dynamic exits): the State service proposes the next FTE
    JsonNode ending = api.get("direccte.59", "/api/conventions/" + reference).body();
    assertThat(ending.get("status").asText()).isEqualTo("RENEWAL");
    assertThat(ending.at("/renewal/objectivesMet").asBoolean()).isTrue();
    assertThat(ending.at("/indicators/durableRate").asDouble()).isEqualTo(30.0);
    assertThat(ending.at("/indicators/dynamicRate").asDouble()).isEqualTo(65.0);
    assertThat(ending.get("reports")).hasSize(2);
    assertThat(ending.at("/reports/0/managementDialogue/outcome").asText()).contains("Deux recrutements");
    String propose = api.task("direccte.59", reference, "proposeReinforcement").get("id").asText();
    assertRefused(api.complete("direccte.59", propose, Map.of("proposedFte", 0)), "supérieur à 0");
    api.completeTask("direccte.59", reference, "proposeReinforcement", Map.of("proposedFte", 14));

    JsonNode renewed = api.get("direccte.59", "/api/conventions/" + reference).body();
    assertThat(renewed.get("status").asText()).isEqualTo("RENEWED");
    String next = renewed.at("/renewal/nextConvention").asText();
    // a renewal is a new convention with its own number: kind, département, year of its start, order number
    assertThat(next).matches("ACI05929\\d{4}").isNotEqualTo(reference);
    JsonNode nextConvention = api.get(structure.userId(), "/api/conventions/" + next).body();
    assertThat(nextConvention.get("status").asText()).isEqualTo("PROJECT");
    assertThat(nextConvention.get("previousConvention").asText()).isEqualTo(reference);
    assertThat(nextConvention.at("/period/start").asText()).isEqualTo("2029-01-01");
    assertThat(nextConvention.at("/inheritedFromPrevious/proposedFte").asDouble()).isEqualTo(14.0);

    // the renewed convention's project starts from the previous one's, with the FTE the renewal proposed
    String firstProject = api.task(structure.userId(), next, "submitInsertionProject").get("id").asText();
    JsonNode prefilled = api.get(structure.userId(), "/engine-rest/task/" + firstProject + "/form-variables").body();
    assertThat(prefilled.at("/axisReception/value").asText()).isEqualTo(Stages.project(8).get("axisReception"));
    assertThat(prefilled.at("/requestedFte/value").asDouble()).isEqualTo(14.0);

    // the renewed convention's stage 2 shows the previous objectives and results
    stages.throughProjectOf(structure, next);
    String proposeObjectives = api.task("direccte.59", next, "proposeObjectives").get("id").asText();
    String previous = api.get("direccte.59", "/engine-rest/task/" + proposeObjectives + "/form-variables").body()
        .at("/previousResults/value").asText();
    assertThat(previous).contains(reference, "30,0", "65,0", "Objectifs atteints", "partenariats avec les entreprises",
        "ETP proposés par la DDETS pour la nouvelle convention : 14");
  }

  @Test
  void objectivesNotMetTheStructureExplainsAndTheConventionIsRenewedWithAPlan() {
    TestStructure structure = api.newStructure("62", "EI");
    String reference = stages.signed(engine, structure, "2027-01-01", 12, 30, 20, 15, Stages.conferenceDate(calendar));
    Stages.fireTimer(engine, reference, "conventionEnded");
    api.completeTask(structure.userId(), reference, "submitFinalReport", exits(1, 2, 1, 5, 1, 0, 0, 0, 6));
    api.completeTask("direccte.62", reference, "analyseResults", Map.of("sharedAnalysis", "Résultats faibles."));

    JsonNode convention = api.get("direccte.62", "/api/conventions/" + reference).body();
    assertThat(convention.at("/renewal/objectivesMet").asBoolean()).isFalse();
    assertThat(convention.at("/renewal/explanation").asText()).contains("emploi durable est inférieur");
    String causes = api.task(structure.userId(), reference, "submitCauseAnalysis").get("id").asText();
    assertRefused(api.complete(structure.userId(), causes, Map.of()), "Analyse des causes");
    api.completeTask(structure.userId(), reference, "submitCauseAnalysis",
        Map.of("causeAnalysis", "Fermeture d'une usine, public très éloigné de l'emploi."));
    String decide = api.task("direccte.62", reference, "definePreconisations").get("id").asText();
    assertRefused(api.complete("direccte.62", decide, Map.of("preconisations", "Plan", "renewalDecision", "PEUT-ÊTRE")),
        "« PEUT-ÊTRE » est inconnue");
    assertRefused(api.complete("direccte.62", decide, Map.of("renewalDecision", "RENEW_WITH_PLAN")), "Préconisations");
    api.completeTask("direccte.62", reference, "definePreconisations", Map.of("preconisations",
        "Recruter un chargé de relations entreprises ; mieux cibler les publics.", "renewalDecision", "RENEW_WITH_PLAN"));

    JsonNode ended = api.get("direccte.62", "/api/conventions/" + reference).body();
    assertThat(ended.get("status").asText()).isEqualTo("RENEWED");
    JsonNode next = api.get("direccte.62", "/api/conventions/" + ended.at("/renewal/nextConvention").asText()).body();
    assertThat(next.at("/inheritedFromPrevious/preconisations").asText()).contains("chargé de relations entreprises");
  }

  @Test
  void notRenewedTheConventionIsClosedAndTheStructureIsTold() throws Exception {
    TestStructure structure = api.newStructure("59", "AI");
    String reference = stages.signed(engine, structure, "2027-01-01", 12, 25, 20, 15, Stages.conferenceDate(calendar));
    Stages.fireTimer(engine, reference, "conventionEnded");
    // no examined exit: the results cannot be measured
    api.completeTask(structure.userId(), reference, "submitFinalReport", exits(0, 0, 0, 0, 0, 0, 0, 3, 2));
    api.completeTask("direccte.59", reference, "analyseResults", Map.of("sharedAnalysis", "Activité arrêtée."));
    assertThat(api.get("direccte.59", "/api/conventions/" + reference).body().at("/renewal/explanation").asText())
        .contains("Aucune sortie examinée");
    api.completeTask(structure.userId(), reference, "submitCauseAnalysis", Map.of("causeAnalysis", "Arrêt d'activité."));
    api.completeTask("direccte.59", reference, "definePreconisations",
        Map.of("preconisations", "Reprendre contact avant toute nouvelle demande.", "renewalDecision", "DO_NOT_RENEW"));

    assertThat(api.get("direccte.59", "/api/conventions/" + reference).body().get("status").asText())
        .isEqualTo("CLOSED");
    Mails.sendAll(dispatcher);
    MimeMessage closed = mailsTo(structure.userId() + "@example.org").stream()
        .filter(mail -> Mails.subject(mail).contains("ne sera pas renouvelée")).findFirst().orElseThrow();
    assertThat(Mails.text(closed)).contains("Reprendre contact avant toute nouvelle demande.");
    // and the structure may apply again
    assertThat(api.post("direccte.59", "/api/conventions", Map.of("siret", structure.siret(),
        "conventionStart", "2029-01-01", "durationMonths", 12)).status()).isEqualTo(201);
  }

  @Test
  void anyAuthenticatedUserComputesExitRates() {
    Map<String, Object> counts = new HashMap<>(exits(5, 4, 3, 4, 2, 1, 1, 3, 0));
    counts.remove("fteRealized");
    Api.Response rates = api.post("financeur.plie", "/api/indicators/exit-rates", counts);
    assertThat(rates.status()).isEqualTo(200);
    assertThat(rates.body().get("examinedExits").asInt()).isEqualTo(20);
    assertThat(rates.body().get("durableRate").asDouble()).isEqualTo(25.0);
    assertThat(rates.body().get("dynamicRate").asDouble()).isEqualTo(60.0);
    assertThat(rates.body().get("dynamicRateNetworkVariant").asDouble()).isEqualTo(75.0);

    Map<String, Object> none = new HashMap<>(exits(0, 0, 0, 0, 0, 0, 0, 4, 0));
    none.remove("fteRealized");
    JsonNode undefined = api.post("siae.ai59", "/api/indicators/exit-rates", none).body();
    assertThat(undefined.get("durableRate").isNull()).isTrue();
    assertThat(undefined.get("dynamicRateNetworkVariant").isNull()).isTrue();

    counts.put("exitsInactive", -1);
    assertRefused(api.post("siae.ai59", "/api/indicators/exit-rates", counts), "négatif");
    counts.remove("exitsInactive");
    assertRefused(api.post("siae.ai59", "/api/indicators/exit-rates", counts), "Inactif");
    assertThat(api.anonymous(HttpMethod.POST, "/api/indicators/exit-rates").status()).isEqualTo(401);
  }

}
