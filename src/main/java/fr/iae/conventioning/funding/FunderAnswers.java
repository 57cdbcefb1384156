package fr.iae.conventioning.funding;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.security.Actor;
import fr.iae.conventioning.security.CurrentUser;
import java.util.Arrays;
import java.util.function.Predicate;

/** Which funders' answers a viewer may read before the conference is summed up. */
final class FunderAnswers {

  private FunderAnswers() {}

  /**
   * A funder, only its own (the others' amounts are theirs until the plan is agreed); anyone else of the convention,
   * all, which this method says by returning null. The predicate tests a funder's group.
   */
  static Predicate<String> readableBy(Convention convention, CurrentUser viewer) {
    if (viewer == null || viewer.isAdmin() || viewer.isMemberOf(Actor.STRUCTURE.group(
        convention.getStructure().getSiret()))) {
      return null;
    }
    String department = convention.getStructure().getDepartment();
    boolean departmental = Arrays.stream(Actor.values())
        .anyMatch(actor -> actor.isDepartmental() && viewer.isMemberOf(actor.group(department)));
    return departmental ? null : viewer::isMemberOf;
  }
}
