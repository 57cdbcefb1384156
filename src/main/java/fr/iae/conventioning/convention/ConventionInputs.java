package fr.iae.conventioning.convention;

import static fr.iae.conventioning.engine.UserInput.Field.*;

import fr.iae.conventioning.engine.ProtectedVariables;
import fr.iae.conventioning.engine.UserInput;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The typed commands of this stage's tasks: the fields each task accepts and their types, as its form shows them
 * ({@code UserInputContractTest} compares both). {@code engine/UserInputGuard} refuses anything else.
 */
@Configuration
class ConventionInputs {

  @Bean
  UserInput conventionRequestedInput() {
    return UserInput.of("conventionRequested",
        text("siret", "SIRET de la structure", 14),
        date("conventionStart", "Date de début de la convention"),
        wholeNumber("durationMonths", "Durée (mois)"));
  }

  /** The convention's identity and everything routed on it: set by the start listener from the records. */
  @Bean
  ProtectedVariables conventionIdentity() {
    return ProtectedVariables.of(ConventioningProcess.VAR_REFERENCE, ConventioningProcess.VAR_SIRET,
        ConventioningProcess.VAR_DEPARTMENT, ConventioningProcess.VAR_CONVENTION_START,
        ConventioningProcess.VAR_DURATION_MONTHS, ConventioningProcess.VAR_CONVENTION_END,
        ConventioningProcess.VAR_PREVIOUS_REFERENCE, ConventioningProcess.VAR_STRUCTURE_NAME,
        ConventioningProcess.VAR_STRUCTURE_KIND, ConventioningProcess.VAR_PERIOD_LABEL,
        ConventioningProcess.VAR_STATE_SERVICE,
        ConventioningProcess.VAR_PREVIOUS_RESULTS, ConventioningProcess.VAR_PROPOSED_FTE,
        ConventioningProcess.VAR_PRECONISATIONS);
  }
}
