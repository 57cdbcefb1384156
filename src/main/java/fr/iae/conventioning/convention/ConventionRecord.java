package fr.iae.conventioning.convention;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** What every record a stage keeps about a convention starts with: its own id, and the convention it belongs to. */
@MappedSuperclass
public abstract class ConventionRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "convention_id")
  private Convention convention;

  protected ConventionRecord() {}

  protected ConventionRecord(Convention convention) {
    this.convention = convention;
  }

  public Long getId() {
    return id;
  }

  public Convention getConvention() {
    return convention;
  }
}
