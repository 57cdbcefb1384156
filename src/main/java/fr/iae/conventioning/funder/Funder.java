package fr.iae.conventioning.funder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;

/** A funder of the register: who it is, and the engine group whose members answer for it. */
@Entity
public class Funder {

  @Id
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FunderKind kind;

  @Column(nullable = false, unique = true)
  private String groupId;

  private String email;

  @Column(nullable = false)
  private boolean active;

  @Column(nullable = false)
  private Instant createdAt;

  protected Funder() {}

  Funder(String code, String name, FunderKind kind, String groupId, String email, Instant createdAt) {
    this.code = code;
    this.name = name;
    this.kind = kind;
    this.groupId = groupId;
    this.email = email;
    this.active = true;
    this.createdAt = createdAt;
  }

  void update(String name, String email, boolean active) {
    this.name = name;
    this.email = email;
    this.active = active;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public FunderKind getKind() {
    return kind;
  }

  public String getGroupId() {
    return groupId;
  }

  public String getEmail() {
    return email;
  }

  public boolean isActive() {
    return active;
  }
}
