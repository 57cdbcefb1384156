package fr.iae.conventioning.funding.conference;

import static fr.iae.conventioning.funding.MeansNegotiationProcess.VAR_AGREED_FTE;
import static fr.iae.conventioning.funding.MeansNegotiationProcess.VAR_CONFERENCE_DATE;
import static fr.iae.conventioning.funding.MeansNegotiationProcess.VAR_FUNDERS;
import static fr.iae.conventioning.funding.MeansNegotiationProcess.VAR_FUNDING_AMOUNT;
import static fr.iae.conventioning.funding.MeansNegotiationProcess.VAR_FUNDING_COMMITTED;
import static fr.iae.conventioning.funding.MeansNegotiationProcess.VAR_FUNDING_NATURE;
import static fr.iae.conventioning.funding.MeansNegotiationProcess.VAR_MODULATION_RATE;

import fr.iae.conventioning.annex.AidCalculator;
import fr.iae.conventioning.convention.AgreedMeans;
import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionService;
import fr.iae.conventioning.deadline.WorkingDayCalendar;
import fr.iae.conventioning.funder.Funder;
import fr.iae.conventioning.funder.FunderKind;
import fr.iae.conventioning.funder.FunderService;
import fr.iae.conventioning.funding.FundingProperties;
import fr.iae.conventioning.shared.ConventioningProperties;
import fr.iae.conventioning.shared.FormValues;
import fr.iae.conventioning.shared.FrenchFormat;
import fr.iae.conventioning.shared.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funders' conference of stage 3: the funders invited, each one's commitment or refusal, and the State
 * service's summary (agreed FTE, modulation) from which the aid is computed. The agreed FTE is what stage 4
 * measures the realised FTE against ({@link AgreedMeans}).
 */
@Service
public class ConferenceService implements AgreedMeans {

  private static final String NATURES = Arrays.stream(FundingNature.values())
      .map(n -> n.name() + " (" + n.label() + ")").collect(Collectors.joining(", "));

  private final ConventionService conventions;
  private final FunderService funders;
  private final FundersConferenceRepository conferences;
  private final AidCalculator aid;
  private final FundingProperties properties;
  private final ConventioningProperties conventioning;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  ConferenceService(ConventionService conventions, FunderService funders, FundersConferenceRepository conferences,
      AidCalculator aid, FundingProperties properties, ConventioningProperties conventioning,
      WorkingDayCalendar calendar, Clock clock) {
    this.conventions = conventions;
    this.funders = funders;
    this.conferences = conferences;
    this.aid = aid;
    this.properties = properties;
    this.conventioning = conventioning;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** Invites the chosen funders to a conference on the given date. */
  @Transactional
  public FundersConference prepare(String reference, FormValues form, String userId) {
    List<String> codes = FunderCodes.parse(form.raw(VAR_FUNDERS));
    if (codes.isEmpty()) {
      throw new InvalidInputException("Invitez au moins un financeur à la conférence des financeurs.");
    }
    List<Funder> invited = codes.stream().map(code -> funders.lookup(code)
        .filter(Funder::isActive)
        .orElseThrow(() -> new InvalidInputException("Le financeur « " + code + " » n'existe pas dans le registre ou"
            + " n'est plus actif."))).toList();
    LocalDate date = form.date(VAR_CONFERENCE_DATE, "Date de la conférence des financeurs");
    Convention convention = conventions.find(reference);
    LocalDate earliest = calendar.plusWorkingDays(LocalDate.now(clock), properties.minNoticeWorkingDays(),
        convention.getStructure().getDepartment());
    if (date.isBefore(earliest)) {
      throw new InvalidInputException("La conférence des financeurs doit laisser aux financeurs au moins "
          + properties.minNoticeWorkingDays() + " jours ouvrés pour répondre : choisissez une date à partir du "
          + FrenchFormat.date(earliest) + ".");
    }
    int number = conferences.findFirstByConventionIdOrderByNumberDesc(convention.getId())
        .map(last -> last.getNumber() + 1).orElse(1);
    FundersConference conference = new FundersConference(convention, number, date, userId, clock.instant());
    invited.forEach(conference::invite);
    return conferences.save(conference);
  }

  /** One funder's answer: a commitment (amount and nature) or a refusal. */
  @Transactional
  public FundingCommitment commit(String reference, String funderCode, FormValues form, String userId) {
    boolean committed = form.bool(VAR_FUNDING_COMMITTED, "Le financeur s'engage-t-il ?");
    BigDecimal amount = null;
    FundingNature nature = null;
    if (committed) {
      Double value = form.optionalDecimal(VAR_FUNDING_AMOUNT, "Montant engagé");
      if (value == null) {
        throw new InvalidInputException("Indiquez le montant engagé (0 € pour un engagement qui n'est pas financier).");
      }
      if (value < 0) {
        throw new InvalidInputException("Le montant engagé ne peut pas être négatif.");
      }
      amount = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
      nature = form.choice(VAR_FUNDING_NATURE, FundingNature.class,
          "Choisissez la nature de l'engagement : " + NATURES + ".",
          "La nature d'engagement « %s » est inconnue : choisissez " + NATURES + ".");
    }
    FundingCommitment commitment = invitation(reference, funderCode);
    if (commitment.getStatus() != CommitmentStatus.INVITED) {
      throw new InvalidInputException("Ce financeur a déjà répondu pour cette conférence.");
    }
    commitment.answer(committed, amount, nature, userId, clock.instant());
    return commitment;
  }

  /** The conference opened without the funder's answer. */
  @Transactional
  public void noAnswer(String reference, String funderCode) {
    FundingCommitment commitment = invitation(reference, funderCode);
    if (commitment.getStatus() == CommitmentStatus.INVITED) {
      commitment.noAnswer(clock.instant());
    }
  }

  /** The State service sums up: agreed FTE and modulation rate; the aid is computed from them. */
  @Transactional
  public FundersConference summarize(String reference, FormValues form, String userId) {
    BigDecimal fte = form.fte(VAR_AGREED_FTE, "ETP d'insertion conventionnés", false, conventioning.maxFte());
    BigDecimal modulation = BigDecimal.valueOf(form.decimal(VAR_MODULATION_RATE, "Taux de modulation"))
        .setScale(2, RoundingMode.HALF_UP);
    FundersConference conference = current(reference);
    Convention convention = conference.getConvention();
    AidCalculator.Aid computed = aid.compute(convention.getStructure().getKind(), convention.getStartDate().getYear(),
        convention.getDurationMonths(), fte, modulation);
    conference.summarize(fte, modulation, computed, userId, clock.instant());
    return conference;
  }

  @Transactional(readOnly = true)
  public List<String> invitedFunders(String reference) {
    return current(reference).getCommitments().stream().map(c -> c.getFunder().getCode()).toList();
  }

  @Transactional(readOnly = true)
  public Optional<FundersConference> latestConference(Long conventionId) {
    return conferences.findFirstByConventionIdOrderByNumberDesc(conventionId);
  }

  @Transactional(readOnly = true)
  public List<FundersConference> conferences(Long conventionId) {
    return conferences.findByConventionIdOrderByNumber(conventionId);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<BigDecimal> agreedFte(Long conventionId) {
    return latestConference(conventionId).map(FundersConference::getAgreedFte);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Agreement> agreement(Long conventionId) {
    return latestConference(conventionId).filter(conference -> conference.getAgreedFte() != null).map(conference ->
        new Agreement(conference.getAgreedFte(), conference.getModulationRate(),
            committed(conference).map(Funder::getGroupId).toList(), departmentCosigner(conference)));
  }

  /** The group of the Conseil départemental that committed at the conference, which co-signs; null when none did. */
  public String departmentCosigner(FundersConference conference) {
    return committed(conference).filter(funder -> funder.getKind() == FunderKind.DEPARTEMENT)
        .map(Funder::getGroupId).findFirst().orElse(null);
  }

  private static Stream<Funder> committed(FundersConference conference) {
    return conference.getCommitments().stream()
        .filter(commitment -> commitment.getStatus() == CommitmentStatus.COMMITTED)
        .map(FundingCommitment::getFunder);
  }

  /** The convention's conference in progress (its latest). */
  @Transactional(readOnly = true)
  public FundersConference current(String reference) {
    Convention convention = conventions.find(reference);
    return conferences.findFirstByConventionIdOrderByNumberDesc(convention.getId())
        .orElseThrow(() -> new InvalidInputException("Aucune conférence des financeurs n'est préparée pour la convention "
            + reference + "."));
  }

  private FundingCommitment invitation(String reference, String funderCode) {
    return current(reference).getCommitments().stream()
        .filter(c -> c.getFunder().getCode().equals(funderCode))
        .findFirst()
        .orElseThrow(() -> new InvalidInputException("Le financeur " + funderCode + " n'est pas invité à cette"
            + " conférence."));
  }
}
