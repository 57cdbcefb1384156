package fr.iae.conventioning.convention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The last order number given under a reference prefix. */
@Entity
public class ReferenceCounter {

  @Id
  private String prefix;

  @Column(nullable = false)
  private int lastNumber;

  protected ReferenceCounter() {}

  public ReferenceCounter(String prefix) {
    this.prefix = prefix;
    this.lastNumber = 0;
  }

  public int next() {
    lastNumber++;
    return lastNumber;
  }

  public String getPrefix() {
    return prefix;
  }
}
