package fr.iae.conventioning.objectives;

import static fr.iae.conventioning.engine.UserInput.Field.*;

import fr.iae.conventioning.engine.UserInput;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The typed commands of this stage's tasks: the fields each task accepts and their types, as its form shows them
 * ({@code UserInputContractTest} compares both). {@code engine/UserInputGuard} refuses anything else.
 */
@Configuration
class ObjectivesInputs {

  @Bean
  UserInput arbitrateObjectivesInput() {
    return UserInput.of("arbitrateObjectives",
        number("targetDurableRate", "Taux de sortie vers l'emploi durable (%)"),
        number("targetTransitionRate", "Taux de sortie vers l'emploi de transition (%)"),
        number("targetPositiveRate", "Taux de sorties positives (%)"),
        text("otherObjectives", "Autres objectifs (facultatif)", 4000));
  }

  @Bean
  UserInput proposeObjectivesInput() {
    return UserInput.of("proposeObjectives",
        number("targetDurableRate", "Taux de sortie vers l'emploi durable (%)"),
        number("targetTransitionRate", "Taux de sortie vers l'emploi de transition (%)"),
        number("targetPositiveRate", "Taux de sorties positives (%)"),
        text("otherObjectives", "Autres objectifs (facultatif)", 4000));
  }

  @Bean
  UserInput respondToObjectivesInput() {
    return UserInput.of("respondToObjectives",
        number("targetDurableRate", "Taux de sortie vers l'emploi durable (%)").shownOnly(),
        number("targetTransitionRate", "Taux de sortie vers l'emploi de transition (%)").shownOnly(),
        number("targetPositiveRate", "Taux de sorties positives (%)").shownOnly(),
        text("otherObjectives", "Autres objectifs", 4000).shownOnly(),
        yesNo("objectivesAccepted", "Acceptez-vous ces objectifs ?"),
        text("counterProposal", "Contre-proposition", 4000));
  }

  @Bean
  UserInput reviewObjectivesEmploymentAgencyInput() {
    return UserInput.of("reviewObjectivesEmploymentAgency",
        number("targetDurableRate", "Taux de sortie vers l'emploi durable (%)").shownOnly(),
        number("targetTransitionRate", "Taux de sortie vers l'emploi de transition (%)").shownOnly(),
        number("targetPositiveRate", "Taux de sorties positives (%)").shownOnly(),
        text("otherObjectives", "Autres objectifs", 4000).shownOnly(),
        yesNo("employmentAgencyAgrees", "France Travail est-il d'accord avec ces objectifs ?"),
        text("employmentAgencyComment", "Commentaire de France Travail", 4000));
  }
}
