package fr.iae.conventioning.funding.conference;

import fr.iae.conventioning.annex.AidCalculator;
import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionRecord;
import fr.iae.conventioning.funder.Funder;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A funders' conference of a convention: who was invited, what each committed, and the means agreed. */
@Entity
public class FundersConference extends ConventionRecord {

  /** 1 for the first conference, 2 after a renegotiation... */
  @Column(nullable = false)
  private int number;

  @Column(nullable = false)
  private LocalDate conferenceDate;

  private String preparedBy;

  @Column(nullable = false)
  private Instant preparedAt;

  private BigDecimal agreedFte;

  private BigDecimal modulationRate;

  private BigDecimal unitAmount;

  private Integer unitAmountYear;

  private BigDecimal baseAid;

  private BigDecimal modulatedAid;

  private String summarizedBy;

  private Instant summarizedAt;

  @OneToMany(mappedBy = "conference", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<FundingCommitment> commitments = new ArrayList<>();

  protected FundersConference() {}

  FundersConference(Convention convention, int number, LocalDate conferenceDate, String preparedBy, Instant at) {
    super(convention);
    this.number = number;
    this.conferenceDate = conferenceDate;
    this.preparedBy = preparedBy;
    this.preparedAt = at;
  }

  void invite(Funder funder) {
    commitments.add(new FundingCommitment(this, funder));
  }

  void summarize(BigDecimal agreedFte, BigDecimal modulationRate, AidCalculator.Aid aid, String by, Instant at) {
    this.agreedFte = agreedFte;
    this.modulationRate = modulationRate;
    this.unitAmount = aid.unitAmount();
    this.unitAmountYear = aid.unitAmountYear();
    this.baseAid = aid.base();
    this.modulatedAid = aid.modulated();
    this.summarizedBy = by;
    this.summarizedAt = at;
  }

  public boolean isSummarized() {
    return summarizedAt != null;
  }

  /** The State's aid: base amount plus modulated part (null before the summary). */
  public BigDecimal stateAid() {
    return baseAid == null ? null : baseAid.add(modulatedAid);
  }

  /** What the committed funders bring. */
  public BigDecimal fundersTotal() {
    return commitments.stream()
        .filter(c -> c.getStatus() == CommitmentStatus.COMMITTED && c.getAmount() != null)
        .map(FundingCommitment::getAmount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** State aid and funders' commitments together (null before the summary). */
  public BigDecimal planTotal() {
    return stateAid() == null ? null : stateAid().add(fundersTotal());
  }

  public int getNumber() {
    return number;
  }

  public LocalDate getConferenceDate() {
    return conferenceDate;
  }

  public String getPreparedBy() {
    return preparedBy;
  }

  public Instant getPreparedAt() {
    return preparedAt;
  }

  public BigDecimal getAgreedFte() {
    return agreedFte;
  }

  public BigDecimal getModulationRate() {
    return modulationRate;
  }

  public BigDecimal getUnitAmount() {
    return unitAmount;
  }

  public Integer getUnitAmountYear() {
    return unitAmountYear;
  }

  public BigDecimal getBaseAid() {
    return baseAid;
  }

  public BigDecimal getModulatedAid() {
    return modulatedAid;
  }

  public String getSummarizedBy() {
    return summarizedBy;
  }

  public Instant getSummarizedAt() {
    return summarizedAt;
  }

  public List<FundingCommitment> getCommitments() {
    return commitments;
  }
}
