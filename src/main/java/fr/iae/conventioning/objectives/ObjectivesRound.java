package fr.iae.conventioning.objectives;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One round of the negotiation: the State service's proposal, Pôle emploi's opinion and the structure's answer;
 * or the State service's final decision (arbitration) after too many rounds.
 */
@Entity
class ObjectivesRound extends ConventionRecord {

  public enum Kind { PROPOSAL, ARBITRATION }

  /** 1 for the first negotiation, 2 after a renegotiation decided at stage 3... */
  @Column(nullable = false)
  private int negotiation;

  @Column(nullable = false)
  private int round;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(nullable = false)
  private BigDecimal targetDurable;

  @Column(nullable = false)
  private BigDecimal targetTransition;

  @Column(nullable = false)
  private BigDecimal targetPositive;

  private String otherObjectives;

  private String proposedBy;

  @Column(nullable = false)
  private Instant proposedAt;

  private Boolean agencyAgrees;

  private String agencyComment;

  private String agencyBy;

  private Instant agencyAt;

  private Boolean accepted;

  private String counterProposal;

  private String respondedBy;

  private Instant respondedAt;

  protected ObjectivesRound() {}

  ObjectivesRound(Convention convention, int negotiation, int round, Kind kind, TargetRates rates, String other,
      String by, Instant at) {
    super(convention);
    this.negotiation = negotiation;
    this.round = round;
    this.kind = kind;
    this.targetDurable = rates.durable();
    this.targetTransition = rates.transition();
    this.targetPositive = rates.positive();
    this.otherObjectives = other;
    this.proposedBy = by;
    this.proposedAt = at;
  }

  void recordAgencyOpinion(boolean agrees, String comment, String by, Instant at) {
    this.agencyAgrees = agrees;
    this.agencyComment = comment;
    this.agencyBy = by;
    this.agencyAt = at;
  }

  void recordAnswer(boolean accepted, String counterProposal, String by, Instant at) {
    this.accepted = accepted;
    this.counterProposal = counterProposal;
    this.respondedBy = by;
    this.respondedAt = at;
  }

  public TargetRates rates() {
    return new TargetRates(targetDurable, targetTransition, targetPositive);
  }

  public int getNegotiation() {
    return negotiation;
  }

  public int getRound() {
    return round;
  }

  public Kind getKind() {
    return kind;
  }

  public String getOtherObjectives() {
    return otherObjectives;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }

  public Boolean getAgencyAgrees() {
    return agencyAgrees;
  }

  public String getAgencyComment() {
    return agencyComment;
  }

  public String getAgencyBy() {
    return agencyBy;
  }

  public Instant getAgencyAt() {
    return agencyAt;
  }

  public Boolean getAccepted() {
    return accepted;
  }

  public String getCounterProposal() {
    return counterProposal;
  }

  public String getRespondedBy() {
    return respondedBy;
  }

  public Instant getRespondedAt() {
    return respondedAt;
  }
}
