package fr.iae.conventioning.funding.approval;

import fr.iae.conventioning.funding.conference.FundersConference;
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
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The CDIAE's opinion on a convention, given at one of its sessions. */
@Entity
@Table(name = "cdiae_opinion")
public class CdiaeOpinionRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "conference_id")
  private FundersConference conference;

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
    this.conference = conference;
    this.opinion = opinion;
    this.comment = comment;
    this.sessionDate = sessionDate;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public FundersConference getConference() {
    return conference;
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
