package fr.iae.conventioning.security;

import fr.iae.conventioning.shared.ForbiddenException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The user the engine considers authenticated for the current request or command. */
@Component
public class CurrentUserProvider {

  private final IdentityService identityService;

  public CurrentUserProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  public Optional<CurrentUser> current() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return Optional.empty();
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of() : List.copyOf(authentication.getGroupIds());
    return Optional.of(new CurrentUser(authentication.getUserId(), groups));
  }

  public CurrentUser require() {
    return current().orElseThrow(() -> new ForbiddenException("Vous devez être connecté."));
  }
}
