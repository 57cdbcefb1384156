package fr.iae.conventioning.followup;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionRecord;
import fr.iae.conventioning.indicators.ExitCategory;
import fr.iae.conventioning.indicators.ExitCounts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A report the structure sent: the exits of the period (or of the whole convention for the final report) and the
 * FTE realised; then the State service's review, a management dialogue when difficulties are flagged, and for the
 * final report the shared analysis.
 */
@Entity
class FollowUpReport extends ConventionRecord {

  @Column(nullable = false)
  private int period;

  @Column(nullable = false)
  private boolean finalReport;

  private int exitsDurable;
  private int exitsTransition;
  private int exitsPositive;
  private int exitsUnemployed;
  private int exitsInactive;
  private int exitsNoNews;
  private int exitsOtherKnown;
  private int exitsWithdrawn;

  @Column(nullable = false)
  private BigDecimal fteRealized;

  private String reportComment;

  private String submittedBy;

  @Column(nullable = false)
  private Instant submittedAt;

  private Boolean difficultiesFlagged;

  private String followUpComment;

  private String reviewedBy;

  private Instant reviewedAt;

  private String dialogueOutcome;

  private String dialogueBy;

  private Instant dialogueAt;

  private String sharedAnalysis;

  private String analysedBy;

  private Instant analysedAt;

  protected FollowUpReport() {}

  FollowUpReport(Convention convention, int period, boolean finalReport, ExitCounts counts, BigDecimal fteRealized,
      String comment, String by, Instant at) {
    super(convention);
    this.period = period;
    this.finalReport = finalReport;
    this.exitsDurable = counts.get(ExitCategory.DURABLE);
    this.exitsTransition = counts.get(ExitCategory.TRANSITION);
    this.exitsPositive = counts.get(ExitCategory.POSITIVE);
    this.exitsUnemployed = counts.get(ExitCategory.UNEMPLOYED);
    this.exitsInactive = counts.get(ExitCategory.INACTIVE);
    this.exitsNoNews = counts.get(ExitCategory.NO_NEWS);
    this.exitsOtherKnown = counts.get(ExitCategory.OTHER_KNOWN);
    this.exitsWithdrawn = counts.get(ExitCategory.WITHDRAWN);
    this.fteRealized = fteRealized;
    this.reportComment = comment;
    this.submittedBy = by;
    this.submittedAt = at;
  }

  void review(boolean difficulties, String comment, String by, Instant at) {
    this.difficultiesFlagged = difficulties;
    this.followUpComment = comment;
    this.reviewedBy = by;
    this.reviewedAt = at;
  }

  void recordDialogue(String outcome, String by, Instant at) {
    this.dialogueOutcome = outcome;
    this.dialogueBy = by;
    this.dialogueAt = at;
  }

  void analyse(String analysis, String by, Instant at) {
    this.sharedAnalysis = analysis;
    this.analysedBy = by;
    this.analysedAt = at;
  }

  public ExitCounts counts() {
    return ExitCounts.of(exitsDurable, exitsTransition, exitsPositive, exitsUnemployed, exitsInactive, exitsNoNews,
        exitsOtherKnown, exitsWithdrawn);
  }

  public int getPeriod() {
    return period;
  }

  public boolean isFinalReport() {
    return finalReport;
  }

  public BigDecimal getFteRealized() {
    return fteRealized;
  }

  public String getReportComment() {
    return reportComment;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Boolean getDifficultiesFlagged() {
    return difficultiesFlagged;
  }

  public String getFollowUpComment() {
    return followUpComment;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public String getDialogueOutcome() {
    return dialogueOutcome;
  }

  public String getDialogueBy() {
    return dialogueBy;
  }

  public Instant getDialogueAt() {
    return dialogueAt;
  }

  public String getSharedAnalysis() {
    return sharedAnalysis;
  }

  public String getAnalysedBy() {
    return analysedBy;
  }

  public Instant getAnalysedAt() {
    return analysedAt;
  }
}
