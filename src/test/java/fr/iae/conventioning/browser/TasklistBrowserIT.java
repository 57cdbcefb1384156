package fr.iae.conventioning.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.iae.conventioning.support.Api;
import fr.iae.conventioning.support.ApplicationTest;
import fr.iae.conventioning.support.Browser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real users in a real browser: the demo structure sends its project in Tasklist, the State agent finds it complete
 * and proposes the objectives, France Travail receives them.
 */
@ApplicationTest
class TasklistBrowserIT {

  private static final String DEMO_SIRET = "51236789700026";

  @LocalServerPort
  int port;

  @Autowired
  Api api;

  @Test
  void aStructureSendsItsProjectAndTheStateAgentProposesObjectivesInTasklist() throws Exception {
    try (Browser browser = Browser.open("http://localhost:" + port)) {
      String reference = conventionOfTheDemoStructure();

      browser.logIntoTasklist("siae.ei59", "demo");
      // every filter shows its count, not only the selected one
      browser.waitForVisibleText("Mes tâches (");
      browser.waitForVisibleText("Tâches en retard (");
      browser.openFilter("Tâches de mon équipe");
      assertThat(browser.taskNames()).contains("Rédiger le projet d'insertion et la demande d'aide");
      browser.openTask("Rédiger le projet d'insertion et la demande d'aide");
      assertThat(browser.pageText()).contains("Convention " + reference, "Axe 1 — Accueil et intégration");
      browser.screenshot("1-structure-project-form");

      browser.claim();
      browser.fill("Axe 1", "Accueil en binôme avec un encadrant technique, livret d'accueil.");
      browser.fill("Axe 2", "Une conseillère en insertion professionnelle, rendez-vous hebdomadaires.");
      browser.fill("Axe 3", "Formation aux gestes et postures, CACES, savoirs de base.");
      browser.fill("Axe 4", "Nettoyage des locaux de bailleurs sociaux de Roubaix, clauses sociales.");
      browser.fill("ETP d'insertion demandés", "8,5");
      browser.screenshot("2-structure-project-filled");
      browser.complete();
      browser.waitUntilTaskGone("Rédiger le projet d'insertion et la demande d'aide");
      browser.screenshot("3-structure-project-sent");

      assertThat(api.get("direccte.59", "/api/conventions/" + reference).body().at("/project/requestedFte").asDouble())
          .isEqualTo(8.5);

      browser.logIntoTasklist("direccte.59", "demo");
      browser.openFilter("Tâches de mon équipe");
      assertThat(browser.taskNames()).contains("Vérifier la complétude du dossier");
      browser.openTask("Vérifier la complétude du dossier");
      assertThat(browser.pageText()).contains("Convention " + reference, "Le dossier est-il complet ?");
      assertThat(browser.fieldValue("Axe 4")).contains("Nettoyage des locaux de bailleurs sociaux");
      browser.screenshot("4-state-agent-review-task");

      browser.claim();
      browser.choose("Oui, le dossier est complet");
      browser.complete();
      browser.waitUntilTaskGone("Vérifier la complétude du dossier");

      // stage 2: the State agent proposes the objectives in the next task
      browser.openFilter("Tâches de mon équipe");
      assertThat(browser.taskNames()).contains("Proposer les objectifs de sorties");
      browser.openTask("Proposer les objectifs de sorties");
      assertThat(browser.pageText()).contains("Référence nationale", "ETP d'insertion demandés : 8,5",
          "Objectif de sorties dynamiques (somme des trois taux) : — (saisissez les trois taux)")
          .doesNotContain("8.5", "** %**");
      browser.claim();
      browser.fill("Taux de sortie vers l'emploi durable", "25");
      browser.fill("Taux de sortie vers l'emploi de transition", "20");
      browser.fill("Taux de sorties positives", "15,5");
      browser.fill("Autres objectifs", "Publics prioritaires : résidents des quartiers de la politique de la ville.");
      assertThat(browser.pageText()).contains("Objectif de sorties dynamiques (somme des trois taux) : 60,5 %");
      // dates in French too, also after a second login in the same browser
      assertThat(browser.pageText()).contains("Échéance dans").doesNotContain(" days", " ago")
          // and as a date
          .containsPattern("Échéance dans [^\n]*\\([^)]*20[0-9]{2}");
      browser.screenshot("5-state-agent-objectives");
      browser.complete();
      browser.waitUntilTaskGone("Proposer les objectifs de sorties");

      browser.logIntoTasklist("pe.59", "demo");
      browser.openFilter("Tâches de mon équipe");
      assertThat(browser.taskNames()).contains("Donner l'avis de France Travail sur les objectifs");
      browser.screenshot("6-employment-agency-task");
      browser.openTask("Donner l'avis de France Travail sur les objectifs");
      assertThat(browser.pageText()).contains("Avis de France Travail sur les objectifs")
          .doesNotContain("Pôle emploi", "DIRECCTE");
      browser.claim();
      browser.choose("Oui, d'accord");
      browser.complete();
      browser.waitUntilTaskGone("Donner l'avis de France Travail sur les objectifs");

      // the structure reads the département's own State service in its form
      browser.logIntoTasklist("siae.ei59", "demo");
      browser.openFilter("Tâches de mon équipe");
      browser.openTask("Répondre aux objectifs proposés");
      assertThat(browser.pageText()).contains("la DDETS du Nord fera une nouvelle proposition")
          .doesNotContain("DIRECCTE", "Pôle emploi", "stateService");
      browser.screenshot("7-structure-objectives-answer");
    }
    assertThat(api.get("pe.59", "/api/conventions/" + conventionOfTheDemoStructure()).body()
        .at("/objectives/history/0/targetDynamicRate").asDouble()).isEqualTo(60.5);
  }

  @Test
  void aStateAgentOpensAConventionFromTasklistsStartForm() throws Exception {
    Api.TestStructure structure = api.newStructure("62", "ACI");
    Api.TestStructure elsewhere = api.newStructure("59", "ACI");
    try (Browser browser = Browser.open("http://localhost:" + port)) {
      browser.logIntoTasklist("direccte.62", "demo");

      // a structure of another département is refused with the French reason
      browser.openStartForm("Conventionnement d'une SIAE");
      browser.fill("SIRET de la structure", elsewhere.siret());
      browser.fill("Durée (mois)", "24");
      browser.fillDate("Date de début de la convention", "01/02/2027");
      browser.submitStartForm();
      assertThat(browser.notifications()).contains("DDETS du Nord").doesNotContain("Cannot", "conventioning:")
          .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}");
      // a second attempt shows its own answer, not the first one's too
      browser.submitStartForm();
      browser.waitForVisibleText("DDETS du Nord");
      assertThat(browser.displayed(".modal [uib-alert]")).isEqualTo(1);
      browser.screenshot("7-start-refused");

      browser.logIntoTasklist("direccte.62", "demo");
      browser.openStartForm("Conventionnement d'une SIAE");
      browser.fill("SIRET de la structure", structure.siret());
      browser.fill("Durée (mois)", "24");
      browser.fillDate("Date de début de la convention", "01/02/2027");
      assertThat(browser.fieldValue("Durée (mois)")).isEqualTo("24");
      // the date picker in French: months and days
      browser.openDatePicker("Date de début de la convention");
      browser.waitForVisibleText("février");
      assertThat(browser.pageText()).doesNotContain("February", "January", "Sun", "Mon", "mm/dd/yyyy", "dd/mm/yyyy");
      browser.screenshot("8-start-form-date-picker");
      browser.screenshot("8-start-form");
      browser.submitStartForm();
      browser.waitUntilStartFormClosed();
      String started = api.get(structure.userId(), "/api/conventions").body().get(0).get("reference").asText();
      // the confirmation gives the new convention's reference and the next step
      browser.waitForText("Référence " + started);
      assertThat(browser.notifications()).contains("La convention est ouverte.", "Référence " + started,
          "la structure rédige son projet d'insertion");
      browser.screenshot("9-started");
    }
    com.fasterxml.jackson.databind.JsonNode conventions = api.get(structure.userId(), "/api/conventions").body();
    assertThat(conventions).hasSize(1);
    assertThat(conventions.get(0).at("/period/start").asText()).isEqualTo("2027-02-01");
    assertThat(conventions.get(0).at("/period/durationMonths").asInt()).isEqualTo(24);
    assertThat(conventions.get(0).get("createdBy").asText()).isEqualTo("direccte.62");
    assertThat(api.get("direccte.59", "/api/structures").status()).isEqualTo(200);
    assertThat(api.get(elsewhere.userId(), "/api/conventions").body()).isEmpty();
  }

  /** The demo structure's convention in stage 1, started for the test when it has none. */
  private String conventionOfTheDemoStructure() {
    Api.Response started = api.post("direccte.59", "/api/conventions",
        Map.of("siret", DEMO_SIRET, "conventionStart", "2027-01-01", "durationMonths", 36));
    if (started.status() == 201) {
      return started.body().get("reference").asText();
    }
    assertThat(started.status()).as("%s", started.body()).isEqualTo(409);
    return api.get("siae.ei59", "/api/conventions").body().get(0).get("reference").asText();
  }
}
