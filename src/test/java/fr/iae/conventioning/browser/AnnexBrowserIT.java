package fr.iae.conventioning.browser;

import static fr.iae.conventioning.support.Stages.exits;
import static org.assertj.core.api.Assertions.assertThat;

import fr.iae.conventioning.deadline.WorkingDayCalendar;
import fr.iae.conventioning.support.Api;
import fr.iae.conventioning.support.Api.TestStructure;
import fr.iae.conventioning.support.ApplicationTest;
import fr.iae.conventioning.support.Browser;
import fr.iae.conventioning.support.Stages;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The yearly annex in Tasklist, in Chromium: the State agent reads the criteria's evidence and proposes the annex
 * pre-filled, the structure reads what it signs and accepts it.
 */
@ApplicationTest
class AnnexBrowserIT {

  @LocalServerPort
  int port;

  @Autowired
  Api api;

  @Autowired
  ProcessEngine engine;

  @Autowired
  WorkingDayCalendar calendar;

  @Test
  void theStateAgentProposesTheYearsAnnexAndTheStructureSignsItInTasklist() throws Exception {
    TestStructure structure = api.newStructure("59", "ACI");
    String reference = new Stages(api).signed(engine, structure, "2027-01-01", 24, 25, 20, 15,
        Stages.conferenceDate(calendar));
    Stages.fireTimer(engine, reference, "reportDue");

    try (Browser browser = Browser.open("http://localhost:" + port)) {
      // the structure finds its yearly report in the workspace and sends it from Tasklist
      browser.logIntoWorkspace(structure.userId(), Api.TEST_PASSWORD);
      browser.clickLink(reference);
      browser.waitForText("Historique");
      browser.clickLink("Ouvrir dans Tasklist");
      browser.waitForText("Sorties — Emploi durable");
      browser.claim();
      Map<String, Object> report = Stages.yearly(exits(3, 2, 1, 2, 0, 0, 0, 1, 8.5));
      String[][] fields = {{"Sorties — Emploi durable", "exitsDurable"}, {"Sorties — Emploi de transition",
          "exitsTransition"}, {"Sorties — Sortie positive", "exitsPositive"}, {"Sorties — Demandeur d'emploi",
          "exitsUnemployed"}, {"Sorties — Inactif", "exitsInactive"}, {"Sorties — Sans nouvelles", "exitsNoNews"},
          {"Sorties — Autre situation connue", "exitsOtherKnown"}, {"Sorties — Retrait des sorties", "exitsWithdrawn"},
          {"Recrutements de l'année", "hires"}, {"dont relevant d'au moins un public prioritaire", "hiresPriority"},
          {"dont demandeurs d'emploi de longue durée", "hiresLongTermUnemployed"}, {"dont bénéficiaires du RSA",
          "hiresRsa"}, {"dont résidents des quartiers prioritaires", "hiresPriorityNeighbourhood"},
          {"dont travailleurs handicapés", "hiresDisabled"}, {"Salariés en insertion accompagnés dans l'année",
          "employeesSupported"}, {"dont salariés ayant suivi une formation", "employeesTrained"}};
      for (String[] field : fields) {
        browser.fill(field[0], String.valueOf(report.get(field[1])));
      }
      browser.fill("ETP d'insertion réalisés", "8,5");
      browser.screenshot("annex-0-structure-yearly-report");
      browser.complete();
      api.waitUntilDone(structure.userId(), reference, "submitFollowUpReport");
      browser.visit("/espace/conventions/" + reference);
      browser.waitForText("Bilan de l'année 1 déposé");
    }
    api.completeTask("direccte.59", reference, "reviewFollowUpReport", Map.of("difficultiesFlagged", false));
    api.completeTask("direccte.59", reference, "holdManagementDialogue",
        Map.of("dialogueOutcome", "Bonne dynamique, formation à renforcer."));

    try (Browser browser = Browser.open("http://localhost:" + port)) {
      browser.logIntoTasklist("direccte.59", "demo");
      browser.openFilter("Tâches de mon équipe");
      browser.openTask("Proposer l'annexe financière de l'année");
      assertThat(browser.pageText()).contains("Proposer l'annexe financière A1M0", "Convention " + reference,
          "Caractéristiques des personnes recrutées", "9 recrutements sur 12", "Taux de modulation proposé par les critères",
          "Projet d'annexe").doesNotContain("annexEvidence", "{{", "DIRECCTE");
      assertThat(browser.fieldValue("ETP d'insertion de l'année")).isEqualTo("10");
      browser.screenshot("annex-1-state-agent-proposal");
      browser.claim();
      browser.fill("ETP d'insertion de l'année", "11");
      browser.complete();
      browser.waitUntilTaskGone("Proposer l'annexe financière de l'année");

      browser.logIntoTasklist(structure.userId(), Api.TEST_PASSWORD);
      browser.openFilter("Tâches de mon équipe");
      browser.openTask("Accepter et signer l'annexe financière");
      assertThat(browser.pageText()).contains("Annexe proposée par la DDETS du Nord", "ETP d'insertion : 11",
          "Aide de l'État pour l'année").doesNotContain("stateService", "{{", "Pôle emploi");
      browser.screenshot("annex-2-structure-accepts");
      browser.claim();
      browser.choose("J'accepte et je signe l'annexe");
      browser.complete();
      browser.waitUntilTaskGone("Accepter et signer l'annexe financière");
    }
    assertThat(api.task("financeur.cd59", reference, "signAnnexDepartment")).isNotNull();
  }
}
