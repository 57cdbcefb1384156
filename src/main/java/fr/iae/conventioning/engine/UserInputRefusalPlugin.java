package fr.iae.conventioning.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The engine wraps whatever a listener throws in "Exception while invoking TaskListener" exceptions, which its
 * REST APIs answer with 500 and logs as errors. A listener's refusal of user input (see {@link EngineErrors}) is
 * taken out of its wrappers once the transaction has rolled back, so that Tasklist and the REST APIs answer 400
 * with the French sentence, and it is not logged as a failure of the platform: the engine's own logging of command
 * exceptions is off, and this interceptor logs every other failure instead.
 */
@Component
public class UserInputRefusalPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(UserInputRefusalPlugin.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableCmdExceptionLogging(false);
    configuration.setCustomPreCommandInterceptorsTxRequired(
        withUnwrapping(configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        withUnwrapping(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
  }

  private static List<CommandInterceptor> withUnwrapping(List<CommandInterceptor> interceptors) {
    List<CommandInterceptor> result = new ArrayList<>();
    result.add(new RetryingConcurrentAnswers());
    result.add(new Unwrapping());
    if (interceptors != null) {
      result.addAll(interceptors);
    }
    return result;
  }

  /**
   * Parallel answers (funders answering the same conference at the same moment) change the same execution rows: the
   * engine's optimistic locking lets one commit and fails the others. A completion has no effect outside its
   * transaction (mail waits in the outbox, records are in the same database), so it is simply run again on the
   * new state; the user sees only their answer accepted. A completion inside a caller's transaction, or inside
   * another command, is left to that caller.
   */
  static class RetryingConcurrentAnswers extends CommandInterceptor {

    /** With up to a second between attempts: a dozen funders answering in the same second all get through. */
    static final int ATTEMPTS = 20;

    @Override
    public <T> T execute(Command<T> command) {
      boolean retryable = (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd)
          && Context.getCommandContext() == null
          && !TransactionSynchronizationManager.isActualTransactionActive();
      for (int attempt = 1; ; attempt++) {
        try {
          return next.execute(command);
        } catch (OptimisticLockingException e) {
          if (!retryable || attempt >= ATTEMPTS) {
            throw e;
          }
          LOG.debug("Concurrent change while completing a task, attempt {} of {}: running it again", attempt, ATTEMPTS);
          pause(attempt);
        }
      }
    }

    private static void pause(int attempt) {
      try {
        // exponential back-off with full jitter, so that the contenders spread out instead of colliding again
        Thread.sleep(ThreadLocalRandom.current().nextLong(1, Math.min(1000L, 20L << Math.min(attempt, 6))));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The engine's own refusals name permissions and resources: users read what it means for them. */
  static final String NOT_YOURS = "Vous n'avez pas les droits pour faire cela : cette action revient à une autre partie"
      + " du dossier ou à un administrateur de la plateforme.";

  static class Unwrapping extends CommandInterceptor {


    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (PartyRefusal e) {
        LOG.debug("Refused: {}", e.getMessage());
        throw e;
      } catch (AuthorizationException e) {
        LOG.debug("Missing authorization: {}", e.getMessage());
        throw new PartyRefusal(NOT_YOURS);
      } catch (ProcessEngineException e) {
        FormFieldValidationException refusal = refusal(e);
        if (refusal != null) {
          LOG.debug("User input refused: {}", refusal.getMessage());
          throw refusal;
        }
        if (!isExpected(e)) {
          LOG.error("Engine command {} failed", command.getClass().getSimpleName(), e);
        }
        throw e;
      }
    }

    private static FormFieldValidationException refusal(Throwable exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof FormFieldValidationException validation) {
          return validation;
        }
      }
      return null;
    }

    /** What the engine itself logs below error level: a user's bad request, a missing right, a concurrent change. */
    private static boolean isExpected(ProcessEngineException e) {
      return e instanceof BadUserRequestException
          || e instanceof AuthorizationException
          || e instanceof OptimisticLockingException
          || e instanceof TaskAlreadyClaimedException;
    }
  }
}
