package fr.iae.conventioning.project;

import fr.iae.conventioning.convention.ProjectContent;
import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.math.BigDecimal;
import java.time.Instant;

/** One version of the insertion project a structure sent, and the State service's review of it. */
@Entity
class ProjectSubmission extends ConventionRecord {

  @Column(nullable = false)
  private int round;

  @Column(nullable = false)
  private String axisReception;

  @Column(nullable = false)
  private String axisSupport;

  @Column(nullable = false)
  private String axisTraining;

  @Column(nullable = false)
  private String axisTerritory;

  @Column(nullable = false)
  private BigDecimal requestedFte;

  private String submittedBy;

  @Column(nullable = false)
  private Instant submittedAt;

  private Boolean reviewComplete;

  private String reviewComment;

  private String reviewedBy;

  private Instant reviewedAt;

  protected ProjectSubmission() {}

  ProjectSubmission(Convention convention, int round, ProjectContent content, String submittedBy, Instant at) {
    super(convention);
    this.round = round;
    this.axisReception = content.axisReception();
    this.axisSupport = content.axisSupport();
    this.axisTraining = content.axisTraining();
    this.axisTerritory = content.axisTerritory();
    this.requestedFte = content.requestedFte();
    this.submittedBy = submittedBy;
    this.submittedAt = at;
  }

  void review(boolean complete, String comment, String reviewer, Instant at) {
    this.reviewComplete = complete;
    this.reviewComment = comment;
    this.reviewedBy = reviewer;
    this.reviewedAt = at;
  }

  public boolean isReviewed() {
    return reviewComplete != null;
  }

  public ProjectContent content() {
    return new ProjectContent(axisReception, axisSupport, axisTraining, axisTerritory, requestedFte);
  }

  public int getRound() {
    return round;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Boolean getReviewComplete() {
    return reviewComplete;
  }

  public String getReviewComment() {
    return reviewComment;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }
}
