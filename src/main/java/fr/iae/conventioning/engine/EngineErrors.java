package fr.iae.conventioning.engine;

import fr.iae.conventioning.shared.ForbiddenException;
import fr.iae.conventioning.shared.InvalidInputException;
import fr.iae.conventioning.shared.NotFoundException;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Turns the domain's refusals into the engine exceptions its REST APIs answer with 4xx: a listener that refuses a
 * start or a task completion rolls the whole engine transaction back, and the caller reads the French message.
 * A form validation failure is what Tasklist and the engine REST API already report as 400 on task completion and
 * form submission; {@link EngineRestErrors} gives the plain start endpoint the same answer.
 */
public final class EngineErrors {

  private EngineErrors() {}

  public static <T> T refuseAsUserError(Supplier<T> action) {
    try {
      return action.get();
    } catch (InvalidInputException | NotFoundException e) {
      throw new FormFieldValidationException(null, e.getMessage(), e);
    } catch (ForbiddenException e) {
      throw new PartyRefusal(e.getMessage());
    }
  }

  /**
   * The French message of the refusal of user input behind an engine exception, if it is one (as opposed to a
   * failure of the platform).
   */
  public static Optional<String> userErrorMessage(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException || cause instanceof InvalidInputException) {
        return Optional.ofNullable(cause.getMessage());
      }
    }
    return Optional.empty();
  }
}
