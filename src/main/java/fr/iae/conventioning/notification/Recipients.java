package fr.iae.conventioning.notification;

import fr.iae.conventioning.notification.MailMessage.Recipient;
import fr.iae.conventioning.security.Actor;
import fr.iae.conventioning.structure.Structure;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * The people behind user ids and groups, read from the engine's identity service whoever is logged in (a
 * structure's user may not list the State service's members, yet they must be told of an escalation).
 */
@Component
public class Recipients {

  private final IdentityService identityService;

  public Recipients(IdentityService identityService) {
    this.identityService = identityService;
  }

  public List<Recipient> of(Collection<String> userIds, Collection<String> groupIds) {
    return withoutAuthorization(() -> {
      Map<String, Recipient> result = new LinkedHashMap<>();
      for (String userId : userIds) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user != null) {
          result.putIfAbsent(user.getId(), toRecipient(user));
        }
      }
      for (String groupId : groupIds) {
        for (User user : identityService.createUserQuery().memberOfGroup(groupId).list()) {
          result.putIfAbsent(user.getId(), toRecipient(user));
        }
      }
      return new ArrayList<>(result.values());
    });
  }

  /** Who hears for a structure: the members of its group, and its contact address when it has one. */
  public List<Recipient> ofStructure(Structure structure) {
    List<Recipient> result = new ArrayList<>(of(List.of(), List.of(Actor.STRUCTURE.group(structure.getSiret()))));
    if (structure.getEmail() != null) {
      result.add(new Recipient(null, structure.getName(), structure.getEmail()));
    }
    return result;
  }

  /** "Prénom Nom" of a user, or the id when the user has no name. */
  public String nameOf(String userId) {
    if (userId == null) {
      return null;
    }
    List<Recipient> found = of(List.of(userId), List.of());
    return found.isEmpty() ? userId : found.get(0).name();
  }

  private static Recipient toRecipient(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return new Recipient(user.getId(), name.isEmpty() ? user.getId() : name, user.getEmail());
  }

  private static <T> T withoutAuthorization(java.util.concurrent.Callable<T> query) {
    CommandContext commandContext = Context.getCommandContext();
    try {
      return commandContext == null ? query.call() : commandContext.runWithoutAuthorization(query);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
