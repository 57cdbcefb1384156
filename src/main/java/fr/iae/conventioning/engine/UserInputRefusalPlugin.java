package fr.iae.conventioning.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

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
    result.add(new Unwrapping());
    if (interceptors != null) {
      result.addAll(interceptors);
    }
    return result;
  }

  static class Unwrapping extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
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
