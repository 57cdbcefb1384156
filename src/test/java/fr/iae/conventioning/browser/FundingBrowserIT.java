package fr.iae.conventioning.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.iae.conventioning.deadline.WorkingDayCalendar;
import fr.iae.conventioning.support.Api;
import fr.iae.conventioning.support.Api.TestStructure;
import fr.iae.conventioning.support.ApplicationTest;
import fr.iae.conventioning.support.Browser;
import fr.iae.conventioning.support.Stages;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Stage 3 in Chromium through the workspace and Tasklist: the funder finds the convention it is invited to and
 * commits, the CDIAE records its opinion, the prefect signs; each opens the task from the convention's page and sees
 * the timeline move.
 */
@ApplicationTest
class FundingBrowserIT {

  @LocalServerPort
  int port;

  @Autowired
  Api api;

  @Autowired
  WorkingDayCalendar calendar;

  @Test
  void theFunderTheCdiaeAndThePrefectEachFindTheConventionAndTakeTheirStep() throws Exception {
    TestStructure structure = api.newStructure("59", "ACI");
    Stages stages = new Stages(api);
    String reference = stages.throughProject(structure, "2027-01-01", 36, 10);
    stages.agreeObjectives(structure, reference, 25, 20, 15);
    api.completeTask("direccte.59", reference, "prepareFundersConference", Map.of(
        "funders", Api.TypedValue.json("[\"cd59\"]"), "conferenceDate", Stages.conferenceDate(calendar)));

    try (Browser browser = Browser.open("http://localhost:" + port)) {
      browser.logIntoWorkspace("financeur.cd59", "demo");
      assertThat(browser.pageText()).contains(reference, "Conférence des financeurs");
      browser.screenshot("funding-1-funder-list");
      browser.clickLink(reference);
      browser.waitForText("Historique");
      assertThat(browser.pageText()).contains("Conférence des financeurs n° 1 préparée");
      browser.clickLink("Ouvrir dans Tasklist");
      browser.waitForText("Votre organisme s'engage-t-il auprès de cette structure ?");
      browser.claim();
      browser.choose("Oui, il s'engage");
      browser.fill("Montant engagé", "20000");
      browser.select("Nature de l'engagement", "Financement");
      browser.screenshot("funding-2-funder-commits");
      browser.complete();
      api.waitUntilDone("financeur.cd59", reference, "commitFunding");
      browser.visit("/espace/conventions/" + reference);
      browser.waitForText("Historique");
      assertThat(browser.pageText()).contains("Conseil départemental du Nord :", "20 000,00");
    }

    api.completeTask("direccte.59", reference, "summarizeFundersConference", Map.of("agreedFte", 10, "modulationRate", 2));

    try (Browser browser = Browser.open("http://localhost:" + port)) {
      browser.logIntoWorkspace("cdiae.59", "demo");
      browser.visit("/espace/tableau-de-bord");
      browser.waitForText("Conventions par étape");
      browser.screenshot("funding-3-cdiae-dashboard");
      browser.visit("/espace/conventions/" + reference);
      browser.clickLink("Ouvrir dans Tasklist");
      browser.waitForText("Plan de financement");
      browser.claim();
      browser.choose("Favorable");
      browser.fillDate("Date de la séance du CDIAE", LocalDate.now(ZoneId.of("Europe/Paris"))
          .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
      browser.screenshot("funding-4-cdiae-opinion");
      browser.complete();
      api.waitUntilDone("cdiae.59", reference, "recordCdiaeOpinion");

      browser.logIntoWorkspace("prefet.59", "demo");
      browser.visit("/espace/conventions/" + reference);
      browser.waitForText("Avis favorable du CDIAE");
      browser.clickLink("Ouvrir dans Tasklist");
      browser.waitForText("Signez-vous la convention ?");
      browser.claim();
      browser.choose("Je signe la convention");
      browser.screenshot("funding-5-prefect-signs");
      browser.complete();
      api.waitUntilDone("prefet.59", reference, "signConventionPrefect");
      browser.visit("/espace/conventions/" + reference);
      browser.waitForText("Historique");
      assertThat(browser.pageText()).contains("Le préfet signe la convention", "Signature")
          .doesNotContain("Cannot", "Field");
      browser.screenshot("funding-6-prefect-timeline");
    }
  }
}
