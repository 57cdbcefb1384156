package fr.iae.conventioning.funding.conference;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** What every record about a funders' conference starts with: its own id, and the conference it belongs to. */
@MappedSuperclass
public abstract class ConferenceRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "conference_id")
  private FundersConference conference;

  protected ConferenceRecord() {}

  protected ConferenceRecord(FundersConference conference) {
    this.conference = conference;
  }

  public Long getId() {
    return id;
  }

  public FundersConference getConference() {
    return conference;
  }
}
