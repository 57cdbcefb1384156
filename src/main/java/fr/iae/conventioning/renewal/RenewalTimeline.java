package fr.iae.conventioning.renewal;

import static fr.iae.conventioning.convention.TimelineEntry.quoted;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionStatus;
import fr.iae.conventioning.convention.ConventionTimeline;
import fr.iae.conventioning.convention.TimelineEntry;
import fr.iae.conventioning.security.Actor;
import fr.iae.conventioning.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Component;

/** The renewal decision and what it was based on. */
@Component
class RenewalTimeline implements ConventionTimeline {

  private final RenewalService renewal;

  RenewalTimeline(RenewalService renewal) {
    this.renewal = renewal;
  }

  @Override
  public void addTo(Convention convention, CurrentUser viewer, List<TimelineEntry> entries) {
    renewal.decisionOf(convention.getId()).filter(decision -> decision.getDecidedAt() != null).ifPresent(decision ->
        entries.add(new TimelineEntry(decision.getDecidedAt(), decision.getDecidedBy(), Actor.STATE,
            ConventionStatus.RENEWAL, quoted(switch (decision.getDecision()) {
              case RENEW -> "Décision : renouveler la convention (objectifs atteints)";
              case RENEW_WITH_PLAN -> "Décision : renouveler la convention avec un plan de progrès";
              case DO_NOT_RENEW -> "Décision : ne pas renouveler la convention";
            }, decision.getPreconisations() != null ? decision.getPreconisations() : decision.getExplanation()))));
  }
}
