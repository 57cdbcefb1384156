package fr.iae.conventioning.annex;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionService;
import fr.iae.conventioning.shared.ConflictException;
import fr.iae.conventioning.shared.ConventioningProperties;
import fr.iae.conventioning.shared.FrenchFormat;
import fr.iae.conventioning.shared.InvalidInputException;
import fr.iae.conventioning.shared.NotFoundException;
import fr.iae.conventioning.structure.StructureKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly financial annexes of a convention: the first one signed with the convention, each next one drafted
 * from the year's report, proposed by the State service, accepted and signed by the structure, co-signed by the
 * Conseil départemental when it co-funds, signed by the prefect; and the amendments of an annex's FTE within its year.
 * docs/domain.md ("Financial annexes") tells the states an annex goes through.
 */
@Service
public class AnnexService {

  static final int MAX_TEXT = 4_000;

  private final ConventionService conventions;
  private final FinancialAnnexRepository annexes;
  private final AidCalculator aid;
  private final Modulation modulation;
  private final ConventioningProperties conventioning;
  private final Clock clock;

  AnnexService(ConventionService conventions, FinancialAnnexRepository annexes, AidCalculator aid,
      ModulationProperties modulation, ConventioningProperties conventioning, Clock clock) {
    this.conventions = conventions;
    this.annexes = annexes;
    this.aid = aid;
    this.modulation = new Modulation(modulation, aid.maxModulationRate());
    this.conventioning = conventioning;
    this.clock = clock;
  }

  /** The periods of a convention's yearly annexes. */
  @Transactional(readOnly = true)
  public List<AnnexPeriods.Period> periods(String reference) {
    Convention convention = conventions.find(reference);
    return AnnexPeriods.of(convention.getStartDate(), convention.getDurationMonths());
  }

  /**
   * Annex {@code A0M0}, signed with the convention, from the FTE and modulation the funders' conference agreed;
   * nothing happens if the convention has its annexes already.
   */
  @Transactional
  public FinancialAnnex openFirst(String reference, BigDecimal fte, BigDecimal modulationRate) {
    Convention convention = conventions.find(reference);
    List<FinancialAnnex> existing = of(convention.getId());
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    AnnexPeriods.Period period = AnnexPeriods.of(convention.getStartDate(), convention.getDurationMonths()).get(0);
    FinancialAnnex annex = new FinancialAnnex(convention, AnnexNumber.first(0), period, ModulationEvidence.none(),
        clock.instant());
    annex.price(fte, null, modulationRate, null, aid.annual(kind(convention), period, fte, modulationRate),
        clock.instant());
    annex.signedWithConvention(clock.instant());
    return annexes.save(annex);
  }

  /**
   * The draft of the annex of year {@code yearIndex}, priced from the evidence of the year before: the FTE of the
   * annex in force (or of the proposal sent back) and the modulation the criteria propose.
   */
  @Transactional
  public Draft draft(String reference, int yearIndex, ModulationEvidence evidence) {
    Convention convention = conventions.find(reference);
    List<AnnexPeriods.Period> periods = AnnexPeriods.of(convention.getStartDate(), convention.getDurationMonths());
    if (yearIndex < 1 || yearIndex >= periods.size()) {
      throw new IllegalStateException("The convention " + reference + " has no annex of year " + yearIndex);
    }
    List<FinancialAnnex> all = of(convention.getId());
    AnnexNumber number = AnnexNumber.first(yearIndex);
    Modulation.Proposal proposal = modulation.propose(evidence);
    Optional<FinancialAnnex> sentBack = all.stream()
        .filter(a -> a.getNumber().equals(number.toString()) && a.getStatus() == AnnexStatus.REJETE)
        .reduce((first, second) -> second);
    FinancialAnnex draft = all.stream()
        .filter(a -> a.getNumber().equals(number.toString()) && a.getStatus() == AnnexStatus.BROUILLON)
        .findFirst().orElseGet(() -> new FinancialAnnex(convention, number, periods.get(yearIndex), evidence,
            clock.instant()));
    BigDecimal fte = sentBack.map(FinancialAnnex::getFte).orElseGet(() -> inForce(all)
        .map(FinancialAnnex::getFte).orElse(BigDecimal.ONE));
    BigDecimal rate = sentBack.map(FinancialAnnex::getModulationRate).orElse(proposal.rate());
    draft.price(fte, proposal.rate(), rate, sentBack.map(FinancialAnnex::getModulationReason).orElse(null),
        aid.annual(kind(convention), periods.get(yearIndex), fte, rate), clock.instant());
    return new Draft(annexes.save(draft), proposal, sentBack.map(FinancialAnnex::getRejection).orElse(null));
  }

  /** The State service's proposal: the year's FTE and modulation rate, a written reason when it departs from the criteria. */
  @Transactional
  public FinancialAnnex propose(String reference, String number, BigDecimal fte, BigDecimal rate, String reason,
      String userId) {
    Convention convention = conventions.find(reference);
    FinancialAnnex annex = current(convention, number, AnnexStatus.BROUILLON);
    rate = rate.setScale(2, RoundingMode.HALF_UP);
    if (annex.getProposedRate() != null && rate.compareTo(annex.getProposedRate()) != 0 && reason == null) {
      throw new InvalidInputException("Le taux de modulation retenu (" + FrenchFormat.number(rate, 2)
          + " %) diffère du taux proposé par les critères (" + FrenchFormat.number(annex.getProposedRate(), 2)
          + " %) : le champ « Motif de l'ajustement » est obligatoire.");
    }
    annex.price(fte, annex.getProposedRate(), rate, reason, aid.annual(kind(convention), annex.period(), fte, rate),
        clock.instant());
    annex.propose(userId, clock.instant());
    return annex;
  }

  /** The structure accepts and signs the proposed annex (or amendment), or sends it back with its remarks. */
  @Transactional
  public FinancialAnnex structureAnswer(String reference, String number, boolean accepted, String remarks,
      String userId) {
    FinancialAnnex annex = current(conventions.find(reference), number, AnnexStatus.SAISI);
    if (annex.getStructureSignedAt() != null) {
      throw new ConflictException("L'annexe " + number + " est déjà signée par la structure.");
    }
    if (accepted) {
      annex.signByStructure(userId, clock.instant());
    } else {
      annex.reject(required(remarks, "Remarques de la structure"), userId, clock.instant());
    }
    return annex;
  }

  /** The Conseil départemental, co-funder, co-signs the annex or sends it back with a comment. */
  @Transactional
  public FinancialAnnex departmentAnswer(String reference, String number, boolean signed, String comment,
      String userId) {
    FinancialAnnex annex = signedByStructure(current(conventions.find(reference), number, AnnexStatus.SAISI));
    if (signed) {
      annex.signByDepartment(userId, clock.instant());
    } else {
      annex.reject(required(comment, "Motif du refus"), userId, clock.instant());
    }
    return annex;
  }

  /**
   * The prefect signs (the annex takes effect: the annex of the year before is closed, an amended annex is replaced)
   * or sends it back with a comment.
   */
  @Transactional
  public FinancialAnnex prefectAnswer(String reference, String number, boolean signed, String comment,
      String userId) {
    Convention convention = conventions.find(reference);
    FinancialAnnex annex = signedByStructure(current(convention, number, AnnexStatus.SAISI));
    if (!signed) {
      annex.reject(required(comment, "Motif du refus"), userId, clock.instant());
      return annex;
    }
    annex.signByPrefect(userId, clock.instant());
    if (annex.getAmends() != null) {
      annex.getAmends().moveTo(AnnexStatus.HISTORISE, clock.instant());
    }
    for (FinancialAnnex other : of(convention.getId())) {
      if (other == annex || other.getStatus() != AnnexStatus.VALIDE) {
        continue;
      }
      if (other.getYearIndex() < annex.getYearIndex()) {
        other.moveTo(AnnexStatus.CLOTURE, clock.instant());
      } else if (other.getYearIndex() > annex.getYearIndex()) {
        // an amendment signed after the next year's annex: its year is over
        annex.moveTo(AnnexStatus.CLOTURE, clock.instant());
      }
    }
    return annex;
  }

  /**
   * An amendment of the annex in force: a new FTE within its year, at the annex's unit amount and modulation rate,
   * numbered {@code A<n>M<m+1>}. Only one amendment at a time, and only of the annex in force.
   */
  @Transactional
  public FinancialAnnex requestAmendment(String reference, String number, BigDecimal fte, String reason,
      String userId) {
    Convention convention = conventions.find(reference);
    List<FinancialAnnex> all = of(convention.getId());
    AnnexNumber parsed = AnnexNumber.parse(number);
    FinancialAnnex amended = all.stream().filter(a -> a.getNumber().equals(parsed.toString())
        && a.getStatus() != AnnexStatus.REJETE).reduce((first, second) -> second)
        .orElseThrow(() -> new NotFoundException("La convention " + reference + " n'a pas d'annexe " + parsed + "."));
    if (amended.getStatus() != AnnexStatus.VALIDE || !inForce(all).map(a -> a == amended).orElse(false)) {
      throw new ConflictException("Seule l'annexe en vigueur se modifie par avenant ; l'annexe " + parsed + " est « "
          + amended.getStatus().label().toLowerCase() + " »" + inForce(all).map(a -> " et l'annexe en vigueur est la "
          + a.getNumber()).orElse("") + ".");
    }
    all.stream().filter(a -> a.getAmendment() > 0 && a.getStatus().pending()).findFirst().ifPresent(pending -> {
      throw new ConflictException("L'avenant " + pending.getNumber() + " est en cours : attendez sa signature ou son"
          + " rejet avant d'en demander un autre.");
    });
    String why = required(reason, "Motif de l'avenant");
    if (fte.compareTo(amended.getFte()) == 0) {
      throw new InvalidInputException("L'avenant doit changer le nombre d'ETP de l'annexe " + parsed + " ("
          + FrenchFormat.number(fte, 2) + ").");
    }
    AnnexNumber next = all.stream().filter(a -> a.getYearIndex() == parsed.year())
        .map(FinancialAnnex::number).max(Comparator.comparingInt(AnnexNumber::amendment)).orElse(parsed)
        .nextAmendment();
    FinancialAnnex amendment = new FinancialAnnex(convention, next, amended.period(), amended.evidence(),
        clock.instant());
    amendment.price(fte, amended.getProposedRate(), amended.getModulationRate(), amended.getModulationReason(),
        aid.annual(kind(convention), amended.period(), fte, amended.getModulationRate()), clock.instant());
    amendment.amend(amended, why);
    amendment.propose(userId, clock.instant());
    return annexes.save(amendment);
  }

  /** At the convention's end: the annexes in force are closed, whatever was still on its way is cancelled. */
  @Transactional
  public void closeAll(String reference) {
    for (FinancialAnnex annex : of(conventions.find(reference).getId())) {
      if (annex.getStatus() == AnnexStatus.VALIDE) {
        annex.moveTo(AnnexStatus.CLOTURE, clock.instant());
      } else if (annex.getStatus().pending()) {
        annex.moveTo(AnnexStatus.ANNULE, clock.instant());
      }
    }
  }

  @Transactional(readOnly = true)
  public List<FinancialAnnex> of(Long conventionId) {
    return annexes.findByConventionIdOrderByYearIndexAscAmendmentAscIdAsc(conventionId);
  }

  /**
   * The latest record of an annex number, as its parties read it: a proposal sent back only if there is no other,
   * never the State service's draft.
   */
  @Transactional(readOnly = true)
  public FinancialAnnex find(Convention convention, String number) {
    String parsed = AnnexNumber.parse(number).toString();
    List<FinancialAnnex> records = of(convention.getId()).stream()
        .filter(a -> a.getNumber().equals(parsed) && a.getStatus() != AnnexStatus.BROUILLON).toList();
    return records.stream().filter(a -> a.getStatus() != AnnexStatus.REJETE).reduce((first, second) -> second)
        .or(() -> records.stream().reduce((first, second) -> second))
        .orElseThrow(() -> new NotFoundException("La convention " + convention.getReference() + " n'a pas d'annexe "
            + parsed + " proposée."));
  }

  /** What the criteria propose for the evidence (for the forms and the PDF). */
  public Modulation.Proposal proposal(ModulationEvidence evidence) {
    return modulation.propose(evidence);
  }

  public BigDecimal maxFte() {
    return conventioning.maxFte();
  }

  /** The annex in force: the latest signed one. */
  static Optional<FinancialAnnex> inForce(List<FinancialAnnex> all) {
    return all.stream().filter(a -> a.getStatus() == AnnexStatus.VALIDE)
        .max(Comparator.comparingInt(FinancialAnnex::getYearIndex).thenComparingInt(FinancialAnnex::getAmendment));
  }

  private FinancialAnnex current(Convention convention, String number, AnnexStatus expected) {
    FinancialAnnex annex = of(convention.getId()).stream()
        .filter(a -> a.getNumber().equals(number) && a.getStatus() == expected).reduce((first, second) -> second)
        .orElseThrow(() -> new ConflictException("L'annexe " + number + " de la convention " + convention.getReference()
            + " n'attend pas cette étape (" + expected.label().toLowerCase() + ")."));
    return annex;
  }

  private static FinancialAnnex signedByStructure(FinancialAnnex annex) {
    if (annex.getStructureSignedAt() == null) {
      throw new ConflictException("L'annexe " + annex.getNumber() + " attend d'abord l'accord et la signature de la"
          + " structure.");
    }
    return annex;
  }

  private static String required(String text, String label) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("Le champ « " + label + " » est obligatoire.");
    }
    if (text.length() > MAX_TEXT) {
      throw new InvalidInputException("Le champ « " + label + " » dépasse " + FrenchFormat.number(MAX_TEXT, 0)
          + " caractères.");
    }
    return text.trim();
  }

  private static StructureKind kind(Convention convention) {
    return convention.getStructure().getKind();
  }

  /**
   * A drafted annex with the criteria's proposal.
   *
   * @param sentBack why the previous proposal of this annex was sent back, if it was
   */
  public record Draft(FinancialAnnex annex, Modulation.Proposal proposal, String sentBack) {}
}
