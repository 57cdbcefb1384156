package fr.iae.conventioning.followup;

import static fr.iae.conventioning.engine.UserInput.Field.*;

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
        yesNo("difficultiesFlagged", "Des difficultés appellent-elles un dialogue de gestion ?"),
        text("followUpComment", "Commentaire de suivi", 4000));
  }

  @Bean
  UserInput submitFinalReportInput() {
    return UserInput.of("submitFinalReport", reportFields());
  }

  @Bean
  UserInput submitFollowUpReportInput() {
    return UserInput.of("submitFollowUpReport", reportFields());
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
