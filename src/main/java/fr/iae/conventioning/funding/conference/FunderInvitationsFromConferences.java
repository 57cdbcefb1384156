package fr.iae.conventioning.funding.conference;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionAccess;
import fr.iae.conventioning.convention.ConventionRepository;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A funder sees the conventions it was invited to fund, at any of their conferences. */
@Component
class FunderInvitationsFromConferences implements ConventionAccess.FunderInvitations {

  private final FundersConferenceRepository conferences;
  private final ConventionRepository conventions;

  FunderInvitationsFromConferences(FundersConferenceRepository conferences, ConventionRepository conventions) {
    this.conferences = conferences;
    this.conventions = conventions;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Convention> conventionsInvitingAny(Collection<String> funderGroups) {
    return conventions.findAllById(conferences.conventionIdsInviting(funderGroups));
  }

  @Override
  @Transactional(readOnly = true)
  public List<Long> conventionIdsInvitingAny(Collection<String> funderGroups) {
    return conferences.conventionIdsInviting(funderGroups);
  }

  @Override
  @Transactional(readOnly = true)
  public boolean invitesAny(Convention convention, Collection<String> funderGroups) {
    return conferences.invites(convention.getId(), funderGroups);
  }
}
