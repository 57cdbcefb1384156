package fr.iae.conventioning.followup;

import static fr.iae.conventioning.engine.UserInput.Field.*;

import fr.iae.conventioning.engine.UserInput;
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
        yesNo("difficultiesFlagged", "Des difficultés appellent-elles un dialogue de gestion ?"),
        text("followUpComment", "Commentaire de suivi", 4000));
  }

  @Bean
  UserInput submitFinalReportInput() {
    return UserInput.of("submitFinalReport",
        wholeNumber("exitsDurable", "Sorties — Emploi durable"),
        wholeNumber("exitsTransition", "Sorties — Emploi de transition"),
        wholeNumber("exitsPositive", "Sorties — Sortie positive"),
        wholeNumber("exitsUnemployed", "Sorties — Demandeur d'emploi"),
        wholeNumber("exitsInactive", "Sorties — Inactif"),
        wholeNumber("exitsNoNews", "Sorties — Sans nouvelles"),
        wholeNumber("exitsOtherKnown", "Sorties — Autre situation connue"),
        wholeNumber("exitsWithdrawn", "Sorties — Retrait des sorties"),
        number("fteRealized", "ETP d'insertion réalisés"),
        text("reportComment", "Commentaire", 4000));
  }

  @Bean
  UserInput submitFollowUpReportInput() {
    return UserInput.of("submitFollowUpReport",
        wholeNumber("exitsDurable", "Sorties — Emploi durable"),
        wholeNumber("exitsTransition", "Sorties — Emploi de transition"),
        wholeNumber("exitsPositive", "Sorties — Sortie positive"),
        wholeNumber("exitsUnemployed", "Sorties — Demandeur d'emploi"),
        wholeNumber("exitsInactive", "Sorties — Inactif"),
        wholeNumber("exitsNoNews", "Sorties — Sans nouvelles"),
        wholeNumber("exitsOtherKnown", "Sorties — Autre situation connue"),
        wholeNumber("exitsWithdrawn", "Sorties — Retrait des sorties"),
        number("fteRealized", "ETP d'insertion réalisés"),
        text("reportComment", "Commentaire", 4000));
  }
}
