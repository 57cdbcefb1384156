package fr.iae.conventioning.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.iae.conventioning.support.Api;
import fr.iae.conventioning.support.Api.TestStructure;
import fr.iae.conventioning.support.ApplicationTest;
import fr.iae.conventioning.support.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workspace in Chromium, as its users walk it: one login, the list without knowing a reference, the convention's
 * page, its task opened in Tasklist without a second login, the form filled and completed, the timeline moved; a
 * refusal in French alone; a structure of another département sees nothing of it.
 */
@ApplicationTest
class WorkspaceBrowserIT {

  @LocalServerPort
  int port;

  @Autowired
  Api api;

  @Test
  void aStructureFindsItsConventionOpensItsTaskFromTheWorkspaceAndSeesTheTimelineMove() throws Exception {
    TestStructure structure = api.newStructure("59", "EI");
    String reference = api.startConvention("direccte.59", structure.siret(), "2027-01-01", 36);
    TestStructure elsewhere = api.newStructure("62", "ACI");

    try (Browser browser = Browser.open("http://localhost:" + port)) {
      browser.logIntoWorkspace(structure.userId(), Api.TEST_PASSWORD);
      assertThat(browser.pageText()).contains("Mes conventions", reference, "Projet d'insertion",
          "Rédiger le projet d'insertion et la demande d'aide", "échéance").doesNotContain("Tableau de bord");
      browser.screenshot("workspace-1-structure-list");

      browser.clickLink(reference);
      browser.waitForText("Historique");
      assertThat(browser.pageText()).contains("Convention " + reference, "À qui la main : Structure",
          "Convention ouverte : 36 mois à compter du 1er janvier 2027", "DDETS du Nord");
      browser.screenshot("workspace-2-structure-convention");

      browser.clickLink("Ouvrir dans Tasklist");
      browser.waitForText("Rédiger le projet d'insertion et la demande d'aide");
      assertThat(browser.currentUrl()).contains("/camunda/app/tasklist/");
      assertThat(browser.pageText()).doesNotContain("Camunda 8", "Réclamer", "Créer une tâche", "Camunda Tasklist");
      assertThat(browser.displayed(".tasks-list .priority")).as("bare priorities").isZero();
      browser.screenshot("workspace-3-task-in-tasklist");
      browser.claim();
      browser.fill("Axe 1", "Accueil en binôme avec un encadrant technique.");
      browser.fill("Axe 2", "Une conseillère en insertion professionnelle.");
      browser.fill("Axe 3", "Gestes et postures, savoirs de base.");
      browser.fill("Axe 4", "Nettoyage des locaux de bailleurs sociaux.");
      browser.fill("ETP d'insertion demandés", "8,5");
      browser.complete();
      api.waitUntilDone(structure.userId(), reference, "submitInsertionProject");

      browser.visit("/espace/conventions/" + reference);
      browser.waitForText("Historique");
      assertThat(browser.pageText()).contains("Projet d'insertion déposé (version 1) : 8,5 ETP d'insertion demandés",
          "À qui la main : DDETS du Nord");
      browser.screenshot("workspace-4-timeline-moved");

      // the State agent sends the file back without saying why: refused in French, without a word of English
      browser.logIntoWorkspace("direccte.59", "demo");
      browser.visit("/espace/conventions/" + reference);
      browser.clickLink("Ouvrir dans Tasklist");
      browser.waitForText("Vérifier la complétude du dossier");
      browser.claim();
      browser.choose("Non, il est renvoyé à la structure");
      browser.complete();
      browser.screenshot("workspace-5-french-refusal");
      browser.waitForText("Ce champ est obligatoire.");
      assertThat(browser.pageText()).doesNotContain("Field", "required", "Cannot", "Camunda 8", "Réclamer")
          .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}");
      // with the reason, the file goes back to the structure (and no review is left open for the other tests)
      browser.dismissNotifications();
      browser.fill("Commentaire pour la structure", "L'axe 3 ne dit pas quelles formations sont prévues.");
      browser.complete();
      api.waitUntilDone("direccte.59", reference, "reviewApplication");

      browser.visit("/espace/tableau-de-bord");
      browser.waitForText("Conventions par étape");
      assertThat(browser.pageText()).contains("Tableau de bord — 59 Nord", "Sorties dynamiques", "objectif national");
      browser.screenshot("workspace-6-state-dashboard");

      browser.logIntoWorkspace(elsewhere.userId(), Api.TEST_PASSWORD);
      assertThat(browser.pageText()).doesNotContain(reference, structure.siret());
      browser.visit("/espace/conventions/" + reference);
      browser.waitForText("Page introuvable");
      assertThat(browser.pageText()).doesNotContain(structure.siret(), "Historique");
      browser.visit("/espace/tableau-de-bord");
      browser.waitForText("Accès refusé");
    }
  }
}
