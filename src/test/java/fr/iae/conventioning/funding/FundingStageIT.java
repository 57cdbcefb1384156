package fr.iae.conventioning.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.iae.conventioning.deadline.WorkingDayCalendar;
import fr.iae.conventioning.notification.MailDispatcher;
import fr.iae.conventioning.support.Api;
import fr.iae.conventioning.support.Api.TestStructure;
import fr.iae.conventioning.support.Api.TypedValue;
import fr.iae.conventioning.support.ApplicationTest;
import fr.iae.conventioning.support.Mails;
import fr.iae.conventioning.support.Pdfs;
import fr.iae.conventioning.support.Sirets;
import fr.iae.conventioning.support.Stages;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

@ApplicationTest
class FundingStageIT {

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

  private String today() {
    return LocalDate.now(ZoneId.of("Europe/Paris")).toString();
  }

  private String atFundersConference(TestStructure structure, String... funders) {
    String reference = stages.throughProject(structure, "2027-01-01", 36, 12);
    stages.agreeObjectives(structure, reference, 25, 20, 15);
    api.completeTask(Stages.stateAgent(structure), reference, "prepareFundersConference", Map.of(
        "funders", TypedValue.json("[\"" + String.join("\",\"", funders) + "\"]"),
        "conferenceDate", Stages.conferenceDate(calendar)));
    return reference;
  }

  private void summarizeAndOpinion(TestStructure structure, String reference, String opinion, String comment) {
    api.completeTask(Stages.stateAgent(structure), reference, "summarizeFundersConference",
        Map.of("agreedFte", 10, "modulationRate", 5));
    Map<String, Object> values = new HashMap<>(Map.of("cdiaeOpinion", opinion, "cdiaeSessionDate", today()));
    if (comment != null) {
      values.put("cdiaeComment", comment);
    }
    api.completeTask("cdiae." + structure.department(), reference, "recordCdiaeOpinion", values);
  }

  @Test
  void fromTheFundersConferenceToTwoSignaturesAndTheSignedConventionMailedAsPdf() throws Exception {
    TestStructure structure = api.newStructure("59", "ACI");
    String reference = atFundersConference(structure, "cd59", "region-hdf");
    assertThat(api.get(structure.userId(), "/api/conventions/" + reference + "/document").status()).isEqualTo(404);

    // each funder sees its own task only, and the convention it is invited to
    assertThat(api.tasks("financeur.cd59", reference)).hasSize(1);
    assertThat(api.tasks("financeur.region", reference)).hasSize(1);
    assertThat(api.tasks("financeur.cd62", reference)).isEmpty();
    String regionTask = api.task("financeur.region", reference, "commitFunding").get("id").asText();
    assertThat(api.complete("financeur.cd59", regionTask, Map.of("fundingCommitted", false)).status()).isIn(403, 404);
    assertThat(api.get("financeur.cd59", "/api/conventions/" + reference).status()).isEqualTo(200);
    assertThat(api.get("financeur.cd62", "/api/conventions/" + reference).status()).isEqualTo(404);
    assertThat(api.get("financeur.cd62", "/api/conventions").body().findValuesAsText("reference")).doesNotContain(reference);
    assertThat(api.get("financeur.cd59", "/api/conventions").body().findValuesAsText("reference")).contains(reference);

    api.completeTask("financeur.cd59", reference, "commitFunding",
        Map.of("fundingCommitted", true, "fundingAmount", 50000, "fundingNature", "FINANCIAL"));
    api.completeTask("financeur.region", reference, "commitFunding", Map.of("fundingCommitted", false));
    summarizeAndOpinion(structure, reference, "FAVORABLE", null);
    assertThat(api.get("direccte.59", "/api/conventions/" + reference).body().get("status").asText())
        .isEqualTo("SIGNATURE");
    // the signatories read what they sign: the draft, marked as such, with the signatures given so far
    Api.Response draft = api.get("prefet.59", "/api/conventions/" + reference + "/draft");
    assertThat(draft.status()).isEqualTo(200);
    assertThat(Pdfs.text(draft.bytes())).contains("PROJET — en cours de signature", reference, "717 630,00 €");
    assertThat(api.get("financeur.cd62", "/api/conventions/" + reference + "/draft").status()).isEqualTo(404);
    api.completeTask("prefet.59", reference, "signConventionPrefect", Map.of("prefectSigned", true));
    api.completeTask("pe.59", reference, "signConventionEmploymentAgency", Map.of("employmentAgencySigned", true));
    api.completeTask(structure.userId(), reference, "signConventionStructure", Map.of("structureSigned", true));
    // the Conseil départemental committed: it co-signs, and the convention waits for it
    assertThat(api.tasks(structure.userId(), reference)).isEmpty();
    assertThat(engine.getManagementService().createJobQuery().activityId("issueSignedConvention").count()).isZero();
    api.completeTask("financeur.cd59", reference, "signConventionDepartment", Map.of("departmentSigned", true));
    Stages.executeJob(engine, reference, "issueSignedConvention");

    JsonNode convention = api.get(structure.userId(), "/api/conventions/" + reference).body();
    assertThat(convention.get("status").asText()).isEqualTo("ACTIVE");
    JsonNode funding = convention.get("funding");
    // ACI 2027: the amount in force, 23 921 € per FTE and per year (2025, no later arrêté), 10 FTE over 36 months,
    // 5 % modulation
    assertThat(funding.get("unitAmount").decimalValue()).isEqualByComparingTo("23921");
    assertThat(funding.get("unitAmountYear").asInt()).isEqualTo(2025);
    assertThat(funding.get("baseAid").decimalValue()).isEqualByComparingTo("717630.00");
    assertThat(funding.get("modulatedAid").decimalValue()).isEqualByComparingTo("35881.50");
    assertThat(funding.get("stateAid").decimalValue()).isEqualByComparingTo("753511.50");
    assertThat(funding.get("total").decimalValue()).isEqualByComparingTo("803511.50");
    assertThat(funding.get("funders").findValuesAsText("status")).containsExactly("COMMITTED", "DECLINED");
    assertThat(convention.at("/cdiaeOpinion/opinion").asText()).isEqualTo("FAVORABLE");
    assertThat(convention.get("signatures").findValuesAsText("signerName"))
        .contains("Georges Lalande", "Nadia Haddad").hasSize(4);
    assertThat(convention.get("signatures").findValuesAsText("party"))
        .containsExactlyInAnyOrder("PREFECT", "EMPLOYMENT_AGENCY", "STRUCTURE", "DEPARTMENT");

    Api.Response document = api.get("financeur.cd59", "/api/conventions/" + reference + "/document");
    assertThat(document.status()).isEqualTo(200);
    assertThat(api.get("prefet.59", "/api/conventions/" + reference + "/draft").status()).isEqualTo(404);
    assertThat(document.headers().getContentType().toString()).isEqualTo("application/pdf");
    java.nio.file.Files.write(java.nio.file.Path.of("target", "signed-convention-example.pdf"), document.bytes());
    String text = Pdfs.text(document.bytes());
    assertThat(text).contains(reference, "Structure de test " + structure.siret(), "717 630,00 €", "Georges Lalande",
        "France Travail, pour le département", "Pour France Travail",
        "Pour la structure, Structure de test", "Pour le Conseil départemental, cofinanceur");
    assertThat(text).doesNotContain("Pôle emploi", "DIRECCTE");
    assertThat(api.get("financeur.cd62", "/api/conventions/" + reference + "/document").status()).isEqualTo(404);

    Mails.sendAll(dispatcher);
    MimeMessage mail = Mails.to(smtp.getReceivedMessages(), structure.userId() + "@example.org").stream()
        .filter(m -> Mails.subject(m).contains("convention est signée")).findFirst().orElseThrow();
    List<BodyPart> attachments = Mails.attachments(mail);
    assertThat(attachments).hasSize(1);
    assertThat(attachments.get(0).getFileName()).isEqualTo("convention-" + reference + ".pdf");
    ByteArrayOutputStream attached = new ByteArrayOutputStream();
    attachments.get(0).getInputStream().transferTo(attached);
    assertThat(Pdfs.text(attached.toByteArray())).contains(reference, "Structure de test " + structure.siret());
    assertThat(Mails.to(smtp.getReceivedMessages(), "contact-" + structure.siret() + "@example.org")).isNotEmpty();
  }

  @Test
  void anUnfavourableOpinionThenARefusalEndsTheConventionAndTellsTheStructureWhy() throws Exception {
    TestStructure structure = api.newStructure("62", "EI");
    String reference = atFundersConference(structure, "cd62");
    api.completeTask("financeur.cd62", reference, "commitFunding", Map.of("fundingCommitted", false));
    summarizeAndOpinion(structure, reference, "UNFAVORABLE", "Aucun accompagnement socioprofessionnel n'est financé.");

    JsonNode decide = api.task("direccte.62", reference, "decideAfterUnfavorableOpinion");
    JsonNode seen = api.get("direccte.62", "/engine-rest/task/" + decide.get("id").asText() + "/form-variables").body();
    assertThat(seen.at("/refusalReasons/value").asText()).contains("Aucun accompagnement socioprofessionnel");
    api.completeTask("direccte.62", reference, "decideAfterUnfavorableOpinion",
        Map.of("decision", "REFUSE", "decisionComment", "Le projet ne répond pas aux besoins du territoire."));

    assertThat(api.get(structure.userId(), "/api/conventions/" + reference).body().get("status").asText())
        .isEqualTo("REFUSED");
    Mails.sendAll(dispatcher);
    MimeMessage mail = Mails.to(smtp.getReceivedMessages(), structure.userId() + "@example.org").stream()
        .filter(m -> Mails.subject(m).contains("n'est pas retenue")).findFirst().orElseThrow();
    assertThat(Mails.text(mail)).contains("Aucun accompagnement socioprofessionnel",
        "Le projet ne répond pas aux besoins du territoire.", "la DDETS du Pas-de-Calais ne donne pas suite",
        "Vous pouvez contacter la DDETS du Pas-de-Calais").doesNotContain("DIRECCTE");
    // the structure may ask again
    assertThat(api.post("direccte.62", "/api/conventions", Map.of("siret", structure.siret(),
        "conventionStart", "2028-01-01", "durationMonths", 12)).status()).isEqualTo(201);
  }

  @Test
  void aRenegotiationGoesBackToStageTwoWithTheHistoryKept() {
    TestStructure structure = api.newStructure("59", "AI");
    String reference = atFundersConference(structure, "plie-lille");
    api.completeTask("financeur.plie", reference, "commitFunding",
        Map.of("fundingCommitted", true, "fundingAmount", 0, "fundingNature", "PARTNERSHIP"));
    summarizeAndOpinion(structure, reference, "RESERVED", "Réserve : renforcer la formation.");
    api.completeTask("prefet.59", reference, "signConventionPrefect",
        Map.of("prefectSigned", false, "prefectComment", "Objectifs trop modestes pour le bassin de Lille."));
    api.completeTask("pe.59", reference, "signConventionEmploymentAgency", Map.of("employmentAgencySigned", true));
    api.completeTask(structure.userId(), reference, "signConventionStructure", Map.of("structureSigned", true));
    api.completeTask("direccte.59", reference, "decideAfterUnfavorableOpinion", Map.of("decision", "RENEGOTIATE"));

    assertThat(api.hasTask("direccte.59", reference, "proposeObjectives")).isTrue();
    JsonNode convention = api.get("direccte.59", "/api/conventions/" + reference).body();
    assertThat(convention.get("status").asText()).isEqualTo("OBJECTIVES");
    assertThat(convention.at("/objectives/history")).hasSize(1);
    assertThat(convention.get("signatures").findValuesAsText("comment")).contains(
        "Objectifs trop modestes pour le bassin de Lille.");

    stages.agreeObjectives(structure, reference, 28, 20, 15);
    convention = api.get("direccte.59", "/api/conventions/" + reference).body();
    assertThat(convention.at("/objectives/history")).hasSize(2);
    assertThat(convention.at("/objectives/history/1/negotiation").asInt()).isEqualTo(2);
    assertThat(convention.at("/objectives/agreed/targetDurableRate").asDouble()).isEqualTo(28.0);
    assertThat(api.hasTask("direccte.59", reference, "prepareFundersConference")).isTrue();
  }

  @Test
  void eachRefusedValueAnswersInFrenchAndChangesNothing() {
    TestStructure structure = api.newStructure("59", "EI");
    String reference = stages.throughProject(structure, "2027-01-01", 24, 6);
    stages.agreeObjectives(structure, reference, 25, 20, 15);
    String prepare = api.task("direccte.59", reference, "prepareFundersConference").get("id").asText();
    assertRefused(api.complete("direccte.59", prepare, Map.of("funders", TypedValue.json("[]"),
        "conferenceDate", Stages.conferenceDate(calendar))), "au moins un financeur");
    assertRefused(api.complete("direccte.59", prepare, Map.of("funders", TypedValue.json("[\"cd99\"]"),
        "conferenceDate", Stages.conferenceDate(calendar))), "« cd99 » n'existe pas");
    assertRefused(api.complete("direccte.59", prepare, Map.of("funders", TypedValue.json("[\"cd59\"]"),
        "conferenceDate", today())), "jours ouvrés");
    assertThat(api.get("direccte.59", "/api/conventions/" + reference).body().get("funding").isNull()).isTrue();

    api.completeTask("direccte.59", reference, "prepareFundersConference",
        Map.of("funders", TypedValue.json("[\"cd59\"]"), "conferenceDate", Stages.conferenceDate(calendar)));
    String commit = api.task("financeur.cd59", reference, "commitFunding").get("id").asText();
    assertRefused(api.complete("financeur.cd59", commit, Map.of("fundingCommitted", true, "fundingNature", "FINANCIAL")),
        "montant engagé");
    assertRefused(api.complete("financeur.cd59", commit, Map.of("fundingCommitted", true, "fundingAmount", -5,
        "fundingNature", "FINANCIAL")), "négatif");
    assertRefused(api.complete("financeur.cd59", commit, Map.of("fundingCommitted", true, "fundingAmount", 5)),
        "nature de l'engagement");
    assertThat(api.get("direccte.59", "/api/conventions/" + reference).body().at("/funding/funders/0/status").asText())
        .isEqualTo("INVITED");
    api.completeTask("financeur.cd59", reference, "commitFunding", Map.of("fundingCommitted", false));

    String summarize = api.task("direccte.59", reference, "summarizeFundersConference").get("id").asText();
    assertRefused(api.complete("direccte.59", summarize, Map.of("agreedFte", 0, "modulationRate", 5)), "supérieur à 0");
    assertRefused(api.complete("direccte.59", summarize, Map.of("agreedFte", 4, "modulationRate", 11)), "entre 0 et 10");
    assertRefused(api.complete("direccte.59", summarize, Map.of("agreedFte", 4, "modulationRate", -1)), "entre 0 et 10");
    assertThat(api.get("direccte.59", "/api/conventions/" + reference).body().at("/funding/agreedFte").isNull()).isTrue();
    api.completeTask("direccte.59", reference, "summarizeFundersConference", Map.of("agreedFte", 4, "modulationRate", 0));

    String opinion = api.task("cdiae.59", reference, "recordCdiaeOpinion").get("id").asText();
    assertRefused(api.complete("cdiae.59", opinion, Map.of("cdiaeOpinion", "NEUTRAL", "cdiaeSessionDate", today())),
        "« NEUTRAL » est inconnu");
    assertRefused(api.complete("cdiae.59", opinion, Map.of("cdiaeOpinion", "RESERVED", "cdiaeSessionDate", today())),
        "réserves");
    assertRefused(api.complete("cdiae.59", opinion, Map.of("cdiaeOpinion", "FAVORABLE")), "séance");
    api.completeTask("cdiae.59", reference, "recordCdiaeOpinion",
        Map.of("cdiaeOpinion", "FAVORABLE", "cdiaeSessionDate", today()));

    String sign = api.task("prefet.59", reference, "signConventionPrefect").get("id").asText();
    assertRefused(api.complete("prefet.59", sign, Map.of("prefectSigned", false)), "motif du refus");
    api.completeTask("prefet.59", reference, "signConventionPrefect",
        Map.of("prefectSigned", false, "prefectComment", "Pièces manquantes"));
    api.completeTask("pe.59", reference, "signConventionEmploymentAgency", Map.of("employmentAgencySigned", true));
    api.completeTask(structure.userId(), reference, "signConventionStructure", Map.of("structureSigned", true));
    String decide = api.task("direccte.59", reference, "decideAfterUnfavorableOpinion").get("id").asText();
    assertRefused(api.complete("direccte.59", decide, Map.of("decision", "REFUSE")), "motifs du refus");
    assertRefused(api.complete("direccte.59", decide, Map.of("decision", "MAYBE")), "« MAYBE » est inconnue");
    assertThat(api.get("direccte.59", "/api/conventions/" + reference).body().get("decisions")).isEmpty();
  }

  @Test
  void administratorsManageTheRegisterOfFunders() {
    String code = "commune-" + Sirets.random().substring(0, 6);
    Api.Response created = api.post(Api.ADMIN, "/api/funders",
        Map.of("code", code, "name", "Ville de Tourcoing", "kind", "COMMUNE", "email", "insertion@tourcoing.example.org"));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().get("group").asText()).isEqualTo("financeur-" + code);
    assertThat(api.get(Api.ADMIN, "/engine-rest/group/financeur-" + code).status()).isEqualTo(200);
    assertThat(api.get("direccte.59", "/api/funders").body().findValuesAsText("code")).contains(code, "cd59");

    assertThat(api.post("direccte.59", "/api/funders", Map.of("code", "x1", "name", "X", "kind", "AUTRE")).status())
        .isEqualTo(403);
    assertThat(api.post(Api.ADMIN, "/api/funders", Map.of("code", "cd59", "name", "X", "kind", "AUTRE")).status())
        .isEqualTo(409);
    assertThat(api.post(Api.ADMIN, "/api/funders", Map.of("code", "Mauvais Code", "name", "X", "kind", "AUTRE"))
        .message()).contains("lettres minuscules");
    assertThat(api.post(Api.ADMIN, "/api/funders", Map.of("code", "fse2", "name", "X", "kind", "BANQUE"))
        .message()).contains("type de financeur");

    Api.Response deactivated = api.put(Api.ADMIN, "/api/funders/" + code, Map.of("active", false));
    assertThat(deactivated.body().get("active").asBoolean()).isFalse();
  }


  private static void assertRefused(Api.Response response, String message) {
    assertThat(response.status()).as("%s", response.body()).isEqualTo(400);
    assertThat(response.message()).as("%s", response.body()).contains(message);
  }
}
