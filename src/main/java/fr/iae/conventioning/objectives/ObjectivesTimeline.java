package fr.iae.conventioning.objectives;

import static fr.iae.conventioning.convention.TimelineEntry.quoted;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionStatus;
import fr.iae.conventioning.convention.ConventionTimeline;
import fr.iae.conventioning.convention.TimelineEntry;
import fr.iae.conventioning.security.Actor;
import fr.iae.conventioning.security.CurrentUser;
import fr.iae.conventioning.shared.FrenchFormat;
import java.util.List;
import org.springframework.stereotype.Component;

/** Each negotiation round: the State service's proposal, France Travail's review, the structure's answer. */
@Component
class ObjectivesTimeline implements ConventionTimeline {

  private final ObjectivesService objectives;

  ObjectivesTimeline(ObjectivesService objectives) {
    this.objectives = objectives;
  }

  @Override
  public void addTo(Convention convention, CurrentUser viewer, List<TimelineEntry> entries) {
    for (ObjectivesRound round : objectives.history(convention.getId())) {
      String rates = rates(round.rates());
      if (round.getKind() == ObjectivesRound.Kind.ARBITRATION) {
        entries.add(new TimelineEntry(round.getProposedAt(), round.getProposedBy(), Actor.STATE,
            ConventionStatus.OBJECTIVES, "Objectifs arrêtés par arbitrage : " + rates));
        continue;
      }
      entries.add(new TimelineEntry(round.getProposedAt(), round.getProposedBy(), Actor.STATE,
          ConventionStatus.OBJECTIVES, "Objectifs proposés (tour " + round.getRound() + ") : " + rates));
      if (round.getAgencyAt() != null) {
        entries.add(new TimelineEntry(round.getAgencyAt(), round.getAgencyBy(), Actor.EMPLOYMENT_AGENCY,
            ConventionStatus.OBJECTIVES, quoted(Boolean.TRUE.equals(round.getAgencyAgrees())
                ? "France Travail approuve les objectifs" : "France Travail ne les approuve pas",
                round.getAgencyComment())));
      }
      if (round.getRespondedAt() != null) {
        entries.add(new TimelineEntry(round.getRespondedAt(), round.getRespondedBy(), Actor.STRUCTURE,
            ConventionStatus.OBJECTIVES, Boolean.TRUE.equals(round.getAccepted())
                ? "La structure accepte les objectifs"
                : quoted("Contre-proposition de la structure", round.getCounterProposal())));
      }
    }
  }

  private static String rates(TargetRates rates) {
    return "emploi durable " + FrenchFormat.percent(rates.durable()) + ", emploi de transition "
        + FrenchFormat.percent(rates.transition()) + ", sorties positives " + FrenchFormat.percent(rates.positive())
        + " (sorties dynamiques " + FrenchFormat.percent(rates.dynamic()) + ")";
  }
}
