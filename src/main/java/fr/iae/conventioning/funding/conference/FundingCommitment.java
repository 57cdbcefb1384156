package fr.iae.conventioning.funding.conference;

import fr.iae.conventioning.funder.Funder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;

/** One funder's answer to the invitation to a funders' conference. */
@Entity
public class FundingCommitment extends ConferenceRecord {

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "funder_code")
  private Funder funder;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CommitmentStatus status;

  private BigDecimal amount;

  @Enumerated(EnumType.STRING)
  private FundingNature nature;

  private String answeredBy;

  private Instant answeredAt;

  protected FundingCommitment() {}

  FundingCommitment(FundersConference conference, Funder funder) {
    super(conference);
    this.funder = funder;
    this.status = CommitmentStatus.INVITED;
  }

  void answer(boolean committed, BigDecimal amount, FundingNature nature, String by, Instant at) {
    this.status = committed ? CommitmentStatus.COMMITTED : CommitmentStatus.DECLINED;
    this.amount = committed ? amount : null;
    this.nature = committed ? nature : null;
    this.answeredBy = by;
    this.answeredAt = at;
  }

  void noAnswer(Instant at) {
    this.status = CommitmentStatus.NO_ANSWER;
    this.answeredAt = at;
  }

  public Funder getFunder() {
    return funder;
  }

  public CommitmentStatus getStatus() {
    return status;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public FundingNature getNature() {
    return nature;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }
}
