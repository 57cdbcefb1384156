package fr.iae.conventioning.followup;

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

/** Each yearly and final report, its review, the management dialogue and the shared analysis of the results. */
@Component
class FollowUpTimeline implements ConventionTimeline {

  private final FollowUpService followUp;

  FollowUpTimeline(FollowUpService followUp) {
    this.followUp = followUp;
  }

  @Override
  public void addTo(Convention convention, CurrentUser viewer, List<TimelineEntry> entries) {
    for (FollowUpReport report : followUp.reports(convention.getId())) {
      ConventionStatus stage = report.isFinalReport() ? ConventionStatus.FINAL_REVIEW : ConventionStatus.ACTIVE;
      Progress progress = followUp.progress(report);
      String name = report.isFinalReport() ? "Bilan final" : "Bilan de l'année " + report.getPeriod();
      entries.add(new TimelineEntry(report.getSubmittedAt(), report.getSubmittedBy(), Actor.STRUCTURE, stage,
          name + " déposé : " + progress.rates().examinedExits() + " sorties examinées, emploi durable "
              + FrenchFormat.percent(progress.rates().durableRate()) + ", sorties dynamiques "
              + FrenchFormat.percent(progress.rates().dynamicRate()) + ", "
              + FrenchFormat.number(report.getFteRealized(), 2) + " ETP réalisés"));
      if (report.getReviewedAt() != null) {
        entries.add(new TimelineEntry(report.getReviewedAt(), report.getReviewedBy(), Actor.STATE, stage,
            quoted(name + " examiné" + (Boolean.TRUE.equals(report.getDifficultiesFlagged())
                ? ", difficultés signalées" : ""), report.getFollowUpComment())));
      }
      if (report.getDialogueAt() != null) {
        entries.add(new TimelineEntry(report.getDialogueAt(), report.getDialogueBy(), Actor.STATE, stage,
            quoted("Dialogue de gestion tenu", report.getDialogueOutcome())));
      }
      if (report.getAnalysedAt() != null) {
        entries.add(new TimelineEntry(report.getAnalysedAt(), report.getAnalysedBy(), Actor.STATE, stage,
            quoted("Analyse partagée des résultats", report.getSharedAnalysis())));
      }
    }
  }
}
