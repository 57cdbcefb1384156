package fr.iae.conventioning.convention;

import fr.iae.conventioning.security.Actor;
import fr.iae.conventioning.security.CurrentUser;
import fr.iae.conventioning.shared.NotFoundException;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see which convention: administrators all; a structure its own; State service, Pôle emploi, CDIAE and
 * prefecture their département's; a funder the conventions it was invited to fund.
 */
@Service
public class ConventionAccess {

  private final ConventionRepository conventions;
  private final ObjectProvider<FunderInvitations> invitations;

  public ConventionAccess(ConventionRepository conventions, ObjectProvider<FunderInvitations> invitations) {
    this.conventions = conventions;
    this.invitations = invitations;
  }

  @Transactional(readOnly = true)
  public List<Convention> visibleTo(CurrentUser user) {
    if (user.isAdmin()) {
      return conventions.findAllByOrderByCreatedAtDesc();
    }
    Set<Convention> visible = new LinkedHashSet<>(conventions.findVisible(
        orNone(user.scopes(Actor.STRUCTURE)), orNone(user.departments())));
    Set<String> funderGroups = funderGroups(user);
    if (!funderGroups.isEmpty()) {
      for (FunderInvitations source : invitations) {
        visible.addAll(source.conventionsInvitingAny(funderGroups));
      }
    }
    return visible.stream().sorted(Comparator.comparing(Convention::getCreatedAt).reversed()).toList();
  }

  /** The convention, or 404 when it does not exist or the user may not see it (the answer does not tell which). */
  @Transactional(readOnly = true)
  public Convention require(CurrentUser user, String reference) {
    Convention convention = conventions.findByReference(reference)
        .orElseThrow(() -> notFound(reference));
    if (!maySee(user, convention)) {
      throw notFound(reference);
    }
    return convention;
  }

  public boolean maySee(CurrentUser user, Convention convention) {
    if (user.isAdmin()
        || user.isMemberOf(Actor.STRUCTURE.group(convention.getStructure().getSiret()))
        || user.departments().contains(convention.getStructure().getDepartment())) {
      return true;
    }
    Set<String> funderGroups = funderGroups(user);
    return !funderGroups.isEmpty() && invitations.orderedStream()
        .anyMatch(source -> source.invitesAny(convention, funderGroups));
  }

  private static Set<String> funderGroups(CurrentUser user) {
    Set<String> groups = new LinkedHashSet<>();
    user.groups().stream().filter(group -> Actor.FUNDER.suffixOf(group).isPresent()).forEach(groups::add);
    return groups;
  }

  private static NotFoundException notFound(String reference) {
    return new NotFoundException("La convention " + reference + " n'existe pas ou vous n'y avez pas accès.");
  }

  private static Collection<String> orNone(Collection<String> values) {
    return values.isEmpty() ? List.of("") : values;
  }

  /** The funders' conference tells which conventions a funder's group was invited to. */
  public interface FunderInvitations {

    List<Convention> conventionsInvitingAny(Collection<String> funderGroups);

    boolean invitesAny(Convention convention, Collection<String> funderGroups);
  }
}
