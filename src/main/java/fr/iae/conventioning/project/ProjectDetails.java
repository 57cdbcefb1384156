package fr.iae.conventioning.project;

import fr.iae.conventioning.convention.ProjectContent;
import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionDetails;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The insertion project in {@code GET /api/conventions/{reference}}: the last version and every round. */
@Component
@Order(10)
class ProjectDetails implements ConventionDetails {

  private final ProjectService projects;

  ProjectDetails(ProjectService projects) {
    this.projects = projects;
  }

  @Override
  public void addTo(Convention convention, Map<String, Object> details) {
    List<ProjectSubmission> rounds = projects.history(convention.getId());
    if (rounds.isEmpty()) {
      details.put("project", null);
      return;
    }
    ProjectSubmission last = rounds.get(rounds.size() - 1);
    ProjectContent content = last.content();
    Map<String, Object> project = new LinkedHashMap<>();
    project.put("axisReception", content.axisReception());
    project.put("axisSupport", content.axisSupport());
    project.put("axisTraining", content.axisTraining());
    project.put("axisTerritory", content.axisTerritory());
    project.put("requestedFte", content.requestedFte());
    project.put("submittedBy", last.getSubmittedBy());
    project.put("submittedAt", last.getSubmittedAt().toString());
    project.put("complete", Boolean.TRUE.equals(last.getReviewComplete()));
    project.put("rounds", rounds.stream().map(ProjectDetails::round).toList());
    details.put("project", project);
  }

  private static Map<String, Object> round(ProjectSubmission submission) {
    Map<String, Object> round = new LinkedHashMap<>();
    round.put("round", submission.getRound());
    round.put("submittedBy", submission.getSubmittedBy());
    round.put("submittedAt", submission.getSubmittedAt().toString());
    round.put("requestedFte", submission.content().requestedFte());
    round.put("reviewComplete", submission.getReviewComplete());
    round.put("reviewComment", submission.getReviewComment());
    round.put("reviewedBy", submission.getReviewedBy());
    round.put("reviewedAt", submission.getReviewedAt() == null ? null : submission.getReviewedAt().toString());
    return round;
  }
}
