package fr.iae.conventioning.convention;

import fr.iae.conventioning.structure.Structure;
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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.NaturalId;

/** One convention between a structure and the State, from its insertion project to its renewal or closing. */
@Entity
public class Convention {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NaturalId
  @Column(nullable = false, unique = true)
  private String reference;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "siret")
  private Structure structure;

  @Column(nullable = false)
  private LocalDate startDate;

  @Column(nullable = false)
  private int durationMonths;

  /** The last day, kept for sorting and filtering lists in the database. */
  private LocalDate endDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConventionStatus status;

  private String processInstanceId;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "previous_convention_id")
  private Convention previousConvention;

  private String createdBy;

  @Column(nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant updatedAt;

  private BigDecimal targetDurable;

  private BigDecimal targetTransition;

  private BigDecimal targetPositive;

  private String otherObjectives;

  private Instant objectivesAgreedAt;

  /** For a renewal: the FTE the State service proposed, and the recommendations the structure is to implement. */
  private BigDecimal proposedFte;

  private String preconisations;

  @Version
  private long version;

  protected Convention() {}

  public Convention(String reference, Structure structure, LocalDate startDate, int durationMonths,
      Convention previousConvention, String createdBy, Instant now) {
    this.reference = reference;
    this.structure = structure;
    this.startDate = startDate;
    this.durationMonths = durationMonths;
    this.endDate = endDate(startDate, durationMonths);
    this.previousConvention = previousConvention;
    this.createdBy = createdBy;
    this.status = ConventionStatus.PROJECT;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** The last day of the convention. */
  public LocalDate getEndDate() {
    return endDate(startDate, durationMonths);
  }

  static LocalDate endDate(LocalDate start, int durationMonths) {
    return start.plusMonths(durationMonths).minusDays(1);
  }

  public void changeStatus(ConventionStatus status, Instant now) {
    this.status = status;
    this.updatedAt = now;
  }

  /** The operational objectives agreed at the end of stage 2 (target rates in percent). */
  public void agreeObjectives(BigDecimal durable, BigDecimal transition, BigDecimal positive, String other,
      Instant now) {
    this.targetDurable = durable;
    this.targetTransition = transition;
    this.targetPositive = positive;
    this.otherObjectives = other;
    this.objectivesAgreedAt = now;
    this.updatedAt = now;
  }

  public void inheritFromRenewal(BigDecimal proposedFte, String preconisations) {
    this.proposedFte = proposedFte;
    this.preconisations = preconisations;
  }

  public BigDecimal getProposedFte() {
    return proposedFte;
  }

  public String getPreconisations() {
    return preconisations;
  }

  public boolean hasAgreedObjectives() {
    return objectivesAgreedAt != null;
  }

  public void attachProcessInstance(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public Structure getStructure() {
    return structure;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public int getDurationMonths() {
    return durationMonths;
  }

  public ConventionStatus getStatus() {
    return status;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Convention getPreviousConvention() {
    return previousConvention;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public BigDecimal getTargetDurable() {
    return targetDurable;
  }

  public BigDecimal getTargetTransition() {
    return targetTransition;
  }

  public BigDecimal getTargetPositive() {
    return targetPositive;
  }

  public String getOtherObjectives() {
    return otherObjectives;
  }

  public Instant getObjectivesAgreedAt() {
    return objectivesAgreedAt;
  }
}
