package fr.iae.conventioning.followup;

import static fr.iae.conventioning.engine.UserInput.Field.*;

import fr.iae.conventioning.engine.ProtectedVariables;
import fr.iae.conventioning.engine.UserInput;
import fr.iae.conventioning.engine.UserInput.Field;
import fr.iae.conventioning.indicators.ExitCategory;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The typed commands of this stage's tasks: the fields each task accepts and their types, as its form shows them
 * ({@code UserInputContractTest} compares both). {@code engine/UserInputGuard} refuses anything else.
 */
@Configuration
class FollowUpInputs {

  @Bean
  UserInput analyseResultsInput() {
    return UserInput.of("analyseResults",
        text("reportComment", "Commentaire de la structure", 4000).shownOnly(),
        text("sharedAnalysis", "Analyse partagée des résultats", 8000));
  }

  @Bean
  UserInput holdManagementDialogueInput() {
    return UserInput.of("holdManagementDialogue",
        text("dialogueOutcome", "Conclusions du dialogue de gestion", 4000));
  }

  @Bean
  UserInput reviewFollowUpReportInput() {
    return UserInput.of("reviewFollowUpReport",
        text("reportComment", "Commentaire de la structure", 4000).shownOnly(),
        yesNo("difficultiesFlagged", "Des difficultés sont-elles à aborder au dialogue de gestion ?"),
        text("followUpComment", "Commentaire de suivi", 4000));
  }

  @Bean
  UserInput submitFinalReportInput() {
    return UserInput.of("submitFinalReport", reportFields());
  }

  @Bean
  UserInput submitFollowUpReportInput() {
    List<Field> fields = new ArrayList<>(List.of(reportFields()));
    fields.addAll(fields.size() - 1, List.of(
        wholeNumber("hires", "Recrutements de l'année"),
        wholeNumber("hiresPriority", "dont relevant d'au moins un public prioritaire"),
        wholeNumber("hiresLongTermUnemployed", "dont demandeurs d'emploi de longue durée"),
        wholeNumber("hiresRsa", "dont bénéficiaires du RSA"),
        wholeNumber("hiresPriorityNeighbourhood", "dont résidents des quartiers prioritaires"),
        wholeNumber("hiresDisabled", "dont travailleurs handicapés"),
        wholeNumber("employeesSupported", "Salariés en insertion accompagnés dans l'année"),
        wholeNumber("employeesTrained", "dont salariés ayant suivi une formation")));
    return UserInput.of("submitFollowUpReport", fields.toArray(Field[]::new));
  }

  @Bean
  UserInput proposeAnnexInput() {
    return UserInput.of("proposeAnnex",
        number("annexFte", "ETP d'insertion de l'année"),
        number("annexModulationRate", "Taux de modulation retenu (%)"),
        text("annexModulationReason", "Motif de l'ajustement", 4000));
  }

  @Bean
  UserInput acceptAnnexInput() {
    return UserInput.of("acceptAnnex",
        yesNo("annexAccepted", "Acceptez-vous et signez-vous l'annexe financière ?"),
        text("annexRemarks", "Remarques de la structure", 4000));
  }

  @Bean
  UserInput signAnnexDepartmentInput() {
    return UserInput.of("signAnnexDepartment",
        yesNo("annexDepartmentSigned", "Cosignez-vous l'annexe financière ?"),
        text("annexDepartmentComment", "Motif du renvoi", 4000));
  }

  @Bean
  UserInput signAnnexPrefectInput() {
    return UserInput.of("signAnnexPrefect",
        yesNo("annexPrefectSigned", "Signez-vous l'annexe financière ?"),
        text("annexPrefectComment", "Motif du renvoi", 4000));
  }

  @Bean
  UserInput acceptAmendmentInput() {
    return UserInput.of("acceptAmendment",
        yesNo("amendmentAccepted", "Acceptez-vous et signez-vous l'avenant ?"),
        text("amendmentRemarks", "Remarques de la structure", 4000));
  }

  @Bean
  UserInput signAmendmentPrefectInput() {
    return UserInput.of("signAmendmentPrefect",
        yesNo("amendmentPrefectSigned", "Signez-vous l'avenant ?"),
        text("amendmentPrefectComment", "Motif du refus", 4000));
  }

  /** What the application sets in stage 4: the period counter, the annex under way and who co-signs it. */
  @Bean
  ProtectedVariables followUpRouting() {
    return ProtectedVariables.of(FollowUpProcess.VAR_PERIOD, FollowUpProcess.VAR_STARTED_AT,
        FollowUpProcess.VAR_ANNEX_COUNT, FollowUpProcess.VAR_ANNEX_NUMBER, FollowUpProcess.VAR_ANNEX_PERIOD,
        FollowUpProcess.VAR_ANNEX_EVIDENCE, FollowUpProcess.VAR_ANNEX_PROPOSED_RATE, FollowUpProcess.VAR_ANNEX_PRICING,
        FollowUpProcess.VAR_ANNEX_SENT_BACK, FollowUpProcess.VAR_ANNEX_COSIGNER, FollowUpProcess.VAR_AMENDMENT_NUMBER,
        FollowUpProcess.VAR_AMENDMENT_SUMMARY);
  }

  /** The eight exit counts (one per category of the indicators), the FTE realised and a comment. */
  private static Field[] reportFields() {
    List<Field> fields = new ArrayList<>();
    for (ExitCategory category : ExitCategory.values()) {
      fields.add(wholeNumber(category.variable(), "Sorties — " + category.label()));
    }
    fields.add(number("fteRealized", "ETP d'insertion réalisés"));
    fields.add(text("reportComment", "Commentaire", 4000));
    return fields.toArray(Field[]::new);
  }
}
