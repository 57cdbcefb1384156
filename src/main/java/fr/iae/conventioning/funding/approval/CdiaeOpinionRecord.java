package fr.iae.conventioning.funding.approval;

import fr.iae.conventioning.funding.conference.ConferenceRecord;
import fr.iae.conventioning.funding.conference.FundersConference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The CDIAE's opinion on a convention, given at one of its sessions. */
@Entity
@Table(name = "cdiae_opinion")
public class CdiaeOpinionRecord extends ConferenceRecord {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Opinion opinion;

  private String comment;

  @Column(nullable = false)
  private LocalDate sessionDate;

  private String recordedBy;

  @Column(nullable = false)
  private Instant recordedAt;

  protected CdiaeOpinionRecord() {}

  CdiaeOpinionRecord(FundersConference conference, Opinion opinion, String comment, LocalDate sessionDate, String by,
      Instant at) {
    super(conference);
    this.opinion = opinion;
    this.comment = comment;
    this.sessionDate = sessionDate;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public Opinion getOpinion() {
    return opinion;
  }

  public String getComment() {
    return comment;
  }

  public LocalDate getSessionDate() {
    return sessionDate;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
