package fr.iae.conventioning.funding.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** The signed convention as a PDF, kept as it was sent. */
@Entity
public class ConventionDocument {

  @Id
  private Long conventionId;

  @Column(nullable = false)
  private String fileName;

  @Column(nullable = false)
  private byte[] content;

  @Column(nullable = false)
  private Instant createdAt;

  protected ConventionDocument() {}

  ConventionDocument(Long conventionId, String fileName, byte[] content, Instant createdAt) {
    this.conventionId = conventionId;
    this.fileName = fileName;
    this.content = content;
    this.createdAt = createdAt;
  }

  void replace(byte[] content, Instant at) {
    this.content = content;
    this.createdAt = at;
  }

  public String getFileName() {
    return fileName;
  }

  public byte[] getContent() {
    return content;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
