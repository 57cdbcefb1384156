package fr.iae.conventioning.funding;

import static fr.iae.conventioning.engine.UserInput.Field.*;

import fr.iae.conventioning.engine.ProtectedVariables;
import fr.iae.conventioning.engine.UserInput;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The typed commands of this stage's tasks: the fields each task accepts and their types, as its form shows them
 * ({@code UserInputContractTest} compares both). {@code engine/UserInputGuard} refuses anything else.
 */
@Configuration
class FundingInputs {

  @Bean
  UserInput commitFundingInput() {
    return UserInput.of("commitFunding",
        text("axisReception", "Axe 1 — Accueil et intégration", 4000).shownOnly(),
        text("axisSupport", "Axe 2 — Accompagnement social et professionnel", 4000).shownOnly(),
        text("axisTraining", "Axe 3 — Formation des salariés en insertion", 4000).shownOnly(),
        text("axisTerritory",
            "Axe 4 — Contribution à l'activité économique et au développement territorial", 4000).shownOnly(),
        yesNo("fundingCommitted", "Votre organisme s'engage-t-il auprès de cette structure ?"),
        number("fundingAmount", "Montant engagé (€)"),
        choice("fundingNature",
            "Nature de l'engagement", List.of("FINANCIAL", "EMPLOYMENT_SERVICES", "DLA", "PARTNERSHIP", "OTHER")));
  }

  @Bean
  UserInput decideAfterUnfavorableOpinionInput() {
    return UserInput.of("decideAfterUnfavorableOpinion",
        choice("decision", "Décision", List.of("RENEGOTIATE", "REFUSE")),
        text("decisionComment", "Motifs de la décision", 4000));
  }

  @Bean
  UserInput prepareFundersConferenceInput() {
    return UserInput.of("prepareFundersConference",
        list("funders", "Financeurs invités", 64),
        date("conferenceDate", "Date de la conférence des financeurs"));
  }

  @Bean
  UserInput recordCdiaeOpinionInput() {
    return UserInput.of("recordCdiaeOpinion",
        choice("cdiaeOpinion", "Avis du CDIAE", List.of("FAVORABLE", "RESERVED", "UNFAVORABLE")),
        text("cdiaeComment", "Commentaire du CDIAE", 4000),
        date("cdiaeSessionDate", "Date de la séance du CDIAE"));
  }

  @Bean
  UserInput signConventionEmploymentAgencyInput() {
    return UserInput.of("signConventionEmploymentAgency",
        yesNo("employmentAgencySigned", "Signez-vous la convention ?"),
        text("employmentAgencySignatureComment", "Motif du refus", 4000));
  }

  @Bean
  UserInput signConventionStructureInput() {
    return UserInput.of("signConventionStructure",
        yesNo("structureSigned", "Signez-vous la convention ?"),
        text("structureSignatureComment", "Motif du refus", 4000));
  }

  @Bean
  UserInput signConventionDepartmentInput() {
    return UserInput.of("signConventionDepartment",
        yesNo("departmentSigned", "Cosignez-vous la convention ?"),
        text("departmentSignatureComment", "Motif du refus", 4000));
  }

  @Bean
  UserInput signConventionPrefectInput() {
    return UserInput.of("signConventionPrefect",
        yesNo("prefectSigned", "Signez-vous la convention ?"),
        text("prefectComment", "Motif du refus", 4000));
  }

  @Bean
  UserInput summarizeFundersConferenceInput() {
    return UserInput.of("summarizeFundersConference",
        number("agreedFte", "ETP d'insertion conventionnés"),
        number("modulationRate", "Taux de modulation (%)"));
  }

  /** Who is invited and how the stage ended: the conference's records decide them. */
  @Bean
  ProtectedVariables fundingRouting() {
    return ProtectedVariables.of(MeansNegotiationProcess.VAR_FUNDERS, MeansNegotiationProcess.VAR_FUNDER,
        MeansNegotiationProcess.VAR_FUNDER_NAME, MeansNegotiationProcess.VAR_FUNDER_OPTIONS,
        MeansNegotiationProcess.VAR_OUTCOME, MeansNegotiationProcess.VAR_CONVENTION_COSIGNER);
  }
}
