package fr.iae.conventioning.browser;

import static fr.iae.conventioning.support.Stages.exits;
import static org.assertj.core.api.Assertions.assertThat;

import fr.iae.conventioning.deadline.WorkingDayCalendar;
import fr.iae.conventioning.support.Api;
import fr.iae.conventioning.support.Api.TestStructure;
import fr.iae.conventioning.support.ApplicationTest;
import fr.iae.conventioning.support.Browser;
import fr.iae.conventioning.support.Stages;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The end of a convention in Chromium through the workspace and Tasklist: the State agent analyses the results with
 * the structure, the structure explains the gap, the State agent decides the renewal with a plan; the timeline and
 * the next convention show it.
 */
@ApplicationTest
class RenewalBrowserIT {

  @LocalServerPort
  int port;

  @Autowired
  Api api;

  @Autowired
  ProcessEngine engine;

  @Autowired
  WorkingDayCalendar calendar;

  @Test
  void theResultsAreAnalysedTheGapExplainedAndTheRenewalDecided() throws Exception {
    TestStructure structure = api.newStructure("62", "EI");
    String reference = new Stages(api).signed(engine, structure, "2027-01-01", 12, 30, 20, 15,
        Stages.conferenceDate(calendar));
    Stages.fireTimer(engine, reference, "conventionEnded");
    api.completeTask(structure.userId(), reference, "submitFinalReport", exits(1, 2, 1, 5, 1, 0, 0, 0, 6));

    try (Browser browser = Browser.open("http://localhost:" + port)) {
      browser.logIntoWorkspace("direccte.62", "demo");
      browser.visit("/espace/conventions?etape=FINAL_REVIEW&q=" + structure.siret());
      assertThat(browser.pageText()).contains(reference, "Bilan final", "Analyser les résultats avec la structure");
      browser.clickLink(reference);
      browser.waitForText("Bilan final déposé");
      browser.clickLink("Ouvrir dans Tasklist");
      browser.waitForText("Analyse partagée des résultats");
      browser.claim();
      browser.fill("Analyse partagée des résultats", "Résultats faibles : fermeture d'une usine du bassin.");
      browser.screenshot("renewal-1-state-agent-analysis");
      browser.complete();
      api.waitUntilDone("direccte.62", reference, "analyseResults");

      browser.logIntoWorkspace(structure.userId(), Api.TEST_PASSWORD);
      browser.visit("/espace/conventions/" + reference);
      browser.waitForText("Analyse partagée des résultats");
      browser.clickLink("Ouvrir dans Tasklist");
      browser.waitForText("Analyse des causes");
      browser.claim();
      browser.fill("Analyse des causes", "Fermeture d'une usine, public très éloigné de l'emploi.");
      browser.screenshot("renewal-2-structure-causes");
      browser.complete();
      api.waitUntilDone(structure.userId(), reference, "submitCauseAnalysis");

      browser.logIntoWorkspace("direccte.62", "demo");
      browser.visit("/espace/conventions/" + reference);
      browser.clickLink("Ouvrir dans Tasklist");
      browser.waitForText("Préconisations");
      browser.claim();
      browser.fill("Préconisations", "Recruter un chargé de relations entreprises ; mieux cibler les publics.");
      browser.choose("Renouveler la convention avec un plan de progrès");
      browser.screenshot("renewal-3-state-agent-decides");
      browser.complete();
      api.waitUntilDone("direccte.62", reference, "definePreconisations");

      browser.visit("/espace/conventions/" + reference);
      browser.waitForText("Historique");
      assertThat(browser.pageText()).contains("Renouvelée",
          "Décision : renouveler la convention avec un plan de progrès : « Recruter un chargé de relations entreprises",
          "Convention renouvelée").doesNotContain("Cannot", "Field");
      browser.screenshot("renewal-4-timeline");
      String next = api.get("direccte.62", "/api/conventions/" + reference).body().at("/renewal/nextConvention")
          .asText();
      browser.visit("/espace/conventions/" + next);
      browser.waitForText("Renouvelle la convention");
      assertThat(browser.pageText()).contains("Convention ouverte en renouvellement de " + reference,
          "Rédiger le projet d'insertion et la demande d'aide");
    }
  }
}
