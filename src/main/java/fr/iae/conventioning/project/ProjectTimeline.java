package fr.iae.conventioning.project;

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

/** Each version of the insertion project and the State service's review of it. */
@Component
class ProjectTimeline implements ConventionTimeline {

  private final ProjectService projects;

  ProjectTimeline(ProjectService projects) {
    this.projects = projects;
  }

  @Override
  public void addTo(Convention convention, CurrentUser viewer, List<TimelineEntry> entries) {
    for (ProjectSubmission submission : projects.history(convention.getId())) {
      entries.add(new TimelineEntry(submission.getSubmittedAt(), submission.getSubmittedBy(), Actor.STRUCTURE,
          ConventionStatus.PROJECT, "Projet d'insertion déposé (version " + submission.getRound() + ") : "
              + FrenchFormat.number(submission.content().requestedFte(), 2) + " ETP d'insertion demandés"));
      if (submission.isReviewed()) {
        entries.add(new TimelineEntry(submission.getReviewedAt(), submission.getReviewedBy(), Actor.STATE,
            ConventionStatus.PROJECT, Boolean.TRUE.equals(submission.getReviewComplete())
                ? quoted("Dossier jugé complet", submission.getReviewComment())
                : quoted("Dossier renvoyé à la structure pour être complété", submission.getReviewComment())));
      }
    }
  }
}
