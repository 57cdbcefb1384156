package fr.iae.conventioning.renewal;

import fr.iae.conventioning.convention.Convention;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The end of a convention: were the objectives met, what follows, and the convention that takes over if any. */
@Entity
@Table(name = "renewal_decision")
class RenewalDecisionRecord {

  public enum Decision { RENEW, RENEW_WITH_PLAN, DO_NOT_RENEW }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "convention_id")
  private Convention convention;

  @Column(nullable = false)
  private boolean objectivesMet;

  private String explanation;

  private BigDecimal proposedFte;

  private String proposedBy;

  private String causeAnalysis;

  private String causeBy;

  private String preconisations;

  @Enumerated(EnumType.STRING)
  private Decision decision;

  private String decidedBy;

  private Instant decidedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "next_convention_id")
  private Convention nextConvention;

  @Column(nullable = false)
  private Instant createdAt;

  protected RenewalDecisionRecord() {}

  RenewalDecisionRecord(Convention convention, boolean objectivesMet, String explanation, Instant at) {
    this.convention = convention;
    this.objectivesMet = objectivesMet;
    this.explanation = explanation;
    this.createdAt = at;
  }

  void reinforce(BigDecimal fte, String by, Instant at) {
    this.proposedFte = fte;
    this.proposedBy = by;
    this.decision = Decision.RENEW;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  void recordCauses(String analysis, String by) {
    this.causeAnalysis = analysis;
    this.causeBy = by;
  }

  void decide(Decision decision, String preconisations, String by, Instant at) {
    this.decision = decision;
    this.preconisations = preconisations;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  void continueWith(Convention next) {
    this.nextConvention = next;
  }

  public Convention getConvention() {
    return convention;
  }

  public boolean isObjectivesMet() {
    return objectivesMet;
  }

  public String getExplanation() {
    return explanation;
  }

  public BigDecimal getProposedFte() {
    return proposedFte;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public String getCauseAnalysis() {
    return causeAnalysis;
  }

  public String getCauseBy() {
    return causeBy;
  }

  public String getPreconisations() {
    return preconisations;
  }

  public Decision getDecision() {
    return decision;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Convention getNextConvention() {
    return nextConvention;
  }
}
