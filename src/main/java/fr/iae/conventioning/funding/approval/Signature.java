package fr.iae.conventioning.funding.approval;

import fr.iae.conventioning.funding.conference.ConferenceRecord;
import fr.iae.conventioning.funding.conference.FundersConference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** A party's signature of the convention, or its refusal to sign with the reason. */
@Entity
public class Signature extends ConferenceRecord {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Party party;

  @Column(nullable = false)
  private boolean signed;

  private String comment;

  private String signerId;

  private String signerName;

  @Column(nullable = false)
  private Instant signedAt;

  protected Signature() {}

  Signature(FundersConference conference, Party party, boolean signed, String comment, String signerId,
      String signerName, Instant at) {
    super(conference);
    this.party = party;
    this.signed = signed;
    this.comment = comment;
    this.signerId = signerId;
    this.signerName = signerName;
    this.signedAt = at;
  }

  public Party getParty() {
    return party;
  }

  public boolean isSigned() {
    return signed;
  }

  public String getComment() {
    return comment;
  }

  public String getSignerId() {
    return signerId;
  }

  public String getSignerName() {
    return signerName;
  }

  public Instant getSignedAt() {
    return signedAt;
  }
}
