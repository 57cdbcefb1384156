package fr.iae.conventioning.funding.approval;

import fr.iae.conventioning.funding.conference.ConferenceRecord;
import fr.iae.conventioning.funding.conference.FundersConference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** The State service's decision after an unfavourable opinion or a refusal to sign. */
@Entity
public class MeansDecision extends ConferenceRecord {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Decision decision;

  private String comment;

  private String decidedBy;

  @Column(nullable = false)
  private Instant decidedAt;

  protected MeansDecision() {}

  MeansDecision(FundersConference conference, Decision decision, String comment, String by, Instant at) {
    super(conference);
    this.decision = decision;
    this.comment = comment;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  public Decision getDecision() {
    return decision;
  }

  public String getComment() {
    return comment;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
