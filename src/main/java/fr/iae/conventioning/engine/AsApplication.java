package fr.iae.conventioning.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls as the application itself, outside the caller's authorizations, then gives the caller's
 * authentication back: for what the application shows of a convention the caller was already allowed to see
 * (whose turn it is), never for what the caller asked to change.
 */
public final class AsApplication {

  private AsApplication() {}

  public static <T> T call(IdentityService identityService, Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
