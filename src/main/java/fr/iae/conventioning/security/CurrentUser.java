package fr.iae.conventioning.security;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Who calls, and what the groups they belong to let them see. */
public record CurrentUser(String userId, List<String> groups) {

  public boolean isAdmin() {
    return groups.contains(Actor.ADMIN_GROUP);
  }

  public boolean isMemberOf(String groupId) {
    return groups.contains(groupId);
  }

  /** Suffixes of this user's groups for one actor: SIRETs for STRUCTURE, départements for STATE... */
  public Set<String> scopes(Actor actor) {
    Set<String> result = new TreeSet<>();
    groups.forEach(group -> actor.suffixOf(group).ifPresent(result::add));
    return result;
  }

  /** Départements this user works for as State service, Pôle emploi, CDIAE or prefecture. */
  public Set<String> departments() {
    Set<String> result = new TreeSet<>();
    for (Actor actor : Actor.values()) {
      if (actor.isDepartmental()) {
        result.addAll(scopes(actor));
      }
    }
    return result;
  }
}
