package fr.iae.conventioning.project;

import static fr.iae.conventioning.engine.UserInput.Field.*;

import fr.iae.conventioning.engine.UserInput;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The typed commands of this stage's tasks: the fields each task accepts and their types, as its form shows them
 * ({@code UserInputContractTest} compares both). {@code engine/UserInputGuard} refuses anything else.
 */
@Configuration
class ProjectInputs {

  @Bean
  UserInput reviewApplicationInput() {
    return UserInput.of("reviewApplication",
        text("axisReception", "Axe 1 — Accueil et intégration", 4000).shownOnly(),
        text("axisSupport", "Axe 2 — Accompagnement social et professionnel", 4000).shownOnly(),
        text("axisTraining", "Axe 3 — Formation des salariés en insertion", 4000).shownOnly(),
        text("axisTerritory",
            "Axe 4 — Contribution à l'activité économique et au développement territorial", 4000).shownOnly(),
        number("requestedFte", "ETP d'insertion demandés").shownOnly(),
        yesNo("applicationComplete", "Le dossier est-il complet ?"),
        text("reviewComment", "Commentaire pour la structure", 4000));
  }

  @Bean
  UserInput submitInsertionProjectInput() {
    return UserInput.of("submitInsertionProject",
        text("axisReception", "Axe 1 — Accueil et intégration", 20000),
        text("axisSupport", "Axe 2 — Accompagnement social et professionnel", 20000),
        text("axisTraining", "Axe 3 — Formation des salariés en insertion", 20000),
        text("axisTerritory", "Axe 4 — Contribution à l'activité économique et au développement territorial", 20000),
        number("requestedFte", "ETP d'insertion demandés"));
  }
}
