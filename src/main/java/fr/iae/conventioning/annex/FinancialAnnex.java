package fr.iae.conventioning.annex;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One yearly financial annex or one amendment of it: its number, period, FTE, pricing at its year's unit amount,
 * modulation with the evidence it rests on, state and signatures. A proposal sent back is kept, {@code REJETE}, and the
 * next proposal is a new record with the same number.
 */
@Entity
public class FinancialAnnex extends ConventionRecord {

  @Column(nullable = false)
  private String number;
  @Column(nullable = false)
  private int yearIndex;
  @Column(nullable = false)
  private int amendment;
  @Column(nullable = false)
  private LocalDate periodFirst;
  @Column(nullable = false)
  private LocalDate periodLast;
  @Column(nullable = false)
  private BigDecimal months;
  @Column(nullable = false)
  private BigDecimal fte;
  @Column(nullable = false)
  private BigDecimal unitAmount;
  @Column(nullable = false)
  private int unitAmountYear;
  @Column(nullable = false)
  private BigDecimal baseAmount;
  private BigDecimal proposedRate;
  @Column(nullable = false)
  private BigDecimal modulationRate;
  private String modulationReason;
  @Column(nullable = false)
  private BigDecimal modulatedAmount;
  @Column(nullable = false)
  private BigDecimal totalAmount;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AnnexStatus status;

  private Integer hires;
  private Integer hiresPriority;
  private Integer hiresLongTermUnemployed;
  private Integer hiresRsa;
  private Integer hiresPriorityNeighbourhood;
  private Integer hiresDisabled;
  private Integer employeesSupported;
  private Integer employeesTrained;
  private BigDecimal dynamicRate;
  private BigDecimal targetDynamicRate;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "amends_id")
  private FinancialAnnex amends;
  private String amendmentReason;
  @Column(nullable = false)
  private boolean signedWithConvention;

  private String proposedBy;
  private Instant proposedAt;
  private String structureSignedBy;
  private Instant structureSignedAt;
  private String departmentSignedBy;
  private Instant departmentSignedAt;
  private String prefectSignedBy;
  private Instant prefectSignedAt;
  private String rejection;
  private String rejectedBy;
  private Instant rejectedAt;
  @Column(nullable = false)
  private Instant createdAt;
  @Column(nullable = false)
  private Instant updatedAt;

  protected FinancialAnnex() {}

  FinancialAnnex(Convention convention, AnnexNumber number, AnnexPeriods.Period period, ModulationEvidence evidence,
      Instant now) {
    super(convention);
    this.number = number.toString();
    this.yearIndex = number.year();
    this.amendment = number.amendment();
    this.periodFirst = period.first();
    this.periodLast = period.last();
    this.months = period.months();
    this.status = AnnexStatus.BROUILLON;
    this.hires = evidence.hires();
    this.hiresPriority = evidence.hiresPriority();
    this.hiresLongTermUnemployed = evidence.hiresLongTermUnemployed();
    this.hiresRsa = evidence.hiresRsa();
    this.hiresPriorityNeighbourhood = evidence.hiresPriorityNeighbourhood();
    this.hiresDisabled = evidence.hiresDisabled();
    this.employeesSupported = evidence.employeesSupported();
    this.employeesTrained = evidence.employeesTrained();
    this.dynamicRate = evidence.dynamicRate();
    this.targetDynamicRate = evidence.targetDynamicRate();
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Prices the annex (a draft's proposal, or the values the State service enters). */
  void price(BigDecimal fte, BigDecimal proposedRate, BigDecimal rate, String reason, AidCalculator.Aid aid,
      Instant now) {
    this.fte = fte;
    this.proposedRate = proposedRate;
    this.modulationRate = rate;
    this.modulationReason = reason;
    this.unitAmount = aid.unitAmount();
    this.unitAmountYear = aid.unitAmountYear();
    this.baseAmount = aid.base();
    this.modulatedAmount = aid.modulated();
    this.totalAmount = aid.total();
    this.updatedAt = now;
  }

  void propose(String by, Instant now) {
    this.status = AnnexStatus.SAISI;
    this.proposedBy = by;
    this.proposedAt = now;
    this.updatedAt = now;
  }

  void amend(FinancialAnnex amended, String reason) {
    this.amends = amended;
    this.amendmentReason = reason;
  }

  void signedWithConvention(Instant now) {
    this.signedWithConvention = true;
    this.status = AnnexStatus.VALIDE;
    this.updatedAt = now;
  }

  void signByStructure(String by, Instant now) {
    this.structureSignedBy = by;
    this.structureSignedAt = now;
    this.updatedAt = now;
  }

  void signByDepartment(String by, Instant now) {
    this.departmentSignedBy = by;
    this.departmentSignedAt = now;
    this.updatedAt = now;
  }

  void signByPrefect(String by, Instant now) {
    this.prefectSignedBy = by;
    this.prefectSignedAt = now;
    this.status = AnnexStatus.VALIDE;
    this.updatedAt = now;
  }

  void reject(String reason, String by, Instant now) {
    this.rejection = reason;
    this.rejectedBy = by;
    this.rejectedAt = now;
    this.status = AnnexStatus.REJETE;
    this.updatedAt = now;
  }

  void moveTo(AnnexStatus status, Instant now) {
    this.status = status;
    this.updatedAt = now;
  }

  public AnnexNumber number() {
    return new AnnexNumber(yearIndex, amendment);
  }

  public AnnexPeriods.Period period() {
    return new AnnexPeriods.Period(yearIndex, periodFirst, periodLast, months);
  }

  public ModulationEvidence evidence() {
    return new ModulationEvidence(hires, hiresPriority, hiresLongTermUnemployed, hiresRsa, hiresPriorityNeighbourhood,
        hiresDisabled, employeesSupported, employeesTrained, dynamicRate, targetDynamicRate);
  }

  /** When it took effect: the last signature, or the convention's for the first annex. */
  public Instant signedAt() {
    if (status == AnnexStatus.REJETE || status.pending() && !signedWithConvention) {
      return null;
    }
    return signedWithConvention ? createdAt : prefectSignedAt;
  }

  public String getNumber() {
    return number;
  }

  public int getYearIndex() {
    return yearIndex;
  }

  public int getAmendment() {
    return amendment;
  }

  public BigDecimal getFte() {
    return fte;
  }

  public BigDecimal getUnitAmount() {
    return unitAmount;
  }

  public int getUnitAmountYear() {
    return unitAmountYear;
  }

  public BigDecimal getBaseAmount() {
    return baseAmount;
  }

  public BigDecimal getProposedRate() {
    return proposedRate;
  }

  public BigDecimal getModulationRate() {
    return modulationRate;
  }

  public String getModulationReason() {
    return modulationReason;
  }

  public BigDecimal getModulatedAmount() {
    return modulatedAmount;
  }

  public BigDecimal getTotalAmount() {
    return totalAmount;
  }

  public AnnexStatus getStatus() {
    return status;
  }

  public FinancialAnnex getAmends() {
    return amends;
  }

  public String getAmendmentReason() {
    return amendmentReason;
  }

  public boolean isSignedWithConvention() {
    return signedWithConvention;
  }

  public String getProposedBy() {
    return proposedBy;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }

  public String getStructureSignedBy() {
    return structureSignedBy;
  }

  public Instant getStructureSignedAt() {
    return structureSignedAt;
  }

  public String getDepartmentSignedBy() {
    return departmentSignedBy;
  }

  public Instant getDepartmentSignedAt() {
    return departmentSignedAt;
  }

  public String getPrefectSignedBy() {
    return prefectSignedBy;
  }

  public Instant getPrefectSignedAt() {
    return prefectSignedAt;
  }

  public String getRejection() {
    return rejection;
  }

  public String getRejectedBy() {
    return rejectedBy;
  }

  public Instant getRejectedAt() {
    return rejectedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
