package fr.iae.conventioning.renewal;

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
class RenewalInputs {

  @Bean
  UserInput definePreconisationsInput() {
    return UserInput.of("definePreconisations",
        text("preconisations", "Préconisations", 8000),
        choice("renewalDecision", "Décision", List.of("RENEW_WITH_PLAN", "DO_NOT_RENEW")));
  }

  @Bean
  UserInput proposeReinforcementInput() {
    return UserInput.of("proposeReinforcement",
        number("proposedFte", "ETP d'insertion proposés pour la prochaine convention"));
  }

  @Bean
  UserInput submitCauseAnalysisInput() {
    return UserInput.of("submitCauseAnalysis",
        text("causeAnalysis", "Analyse des causes", 8000));
  }

  /** How the renewal ended and the convention it opened. */
  @Bean
  ProtectedVariables renewalRouting() {
    return ProtectedVariables.of(RenewalProcess.VAR_OUTCOME, RenewalProcess.VAR_NEXT_REFERENCE,
        RenewalProcess.VAR_OBJECTIVES_MET, RenewalProcess.VAR_ATTAINMENT);
  }
}
