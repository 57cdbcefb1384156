package fr.iae.conventioning.structure;

import fr.iae.conventioning.shared.FrenchFormat;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;

/** A structure d'insertion par l'activité économique, known by its SIRET. */
@Entity
public class Structure {

  @Id
  private String siret;

  @Column(nullable = false)
  private String name;

  /** The name folded for searching: lower case, without accents. */
  private String searchName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private StructureKind kind;

  @Column(nullable = false)
  private String department;

  private String email;

  @Column(nullable = false)
  private Instant createdAt;

  protected Structure() {}

  public Structure(String siret, String name, StructureKind kind, String department, String email, Instant createdAt) {
    this.siret = siret;
    this.name = name;
    this.searchName = FrenchFormat.fold(name);
    this.kind = kind;
    this.department = department;
    this.email = email;
    this.createdAt = createdAt;
  }

  public String getSiret() {
    return siret;
  }

  public String getName() {
    return name;
  }

  public StructureKind getKind() {
    return kind;
  }

  public String getDepartment() {
    return department;
  }

  public String getEmail() {
    return email;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** The engine group whose members act for this structure. */
  public String groupId() {
    return "siae-" + siret;
  }
}
