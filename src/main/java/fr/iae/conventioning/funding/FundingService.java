package fr.iae.conventioning.funding;

import static fr.iae.conventioning.funding.MeansNegotiationProcess.*;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionService;
import fr.iae.conventioning.deadline.WorkingDayCalendar;
import fr.iae.conventioning.funding.FundingEnums.CommitmentStatus;
import fr.iae.conventioning.funding.FundingEnums.Decision;
import fr.iae.conventioning.funding.FundingEnums.FundingNature;
import fr.iae.conventioning.funding.FundingEnums.Opinion;
import fr.iae.conventioning.funding.FundingEnums.Party;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stage 3: the funders' conference (invitations, commitments, summary with the State's aid), the CDIAE's opinion,
 * the two signatures, and the State service's decision after a refusal.
 */
@Service
public class FundingService {

  static final int MAX_TEXT = 4_000;
  static final BigDecimal MAX_FTE = new BigDecimal("500");

  private final ConventionService conventions;
  private final FunderRepository funders;
  private final FundersConferenceRepository conferences;
  private final CdiaeOpinionRepository opinions;
  private final SignatureRepository signatures;
  private final MeansDecisionRepository decisions;
  private final AidCalculator aid;
  private final FundingProperties properties;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  public FundingService(ConventionService conventions, FunderRepository funders, FundersConferenceRepository conferences,
      CdiaeOpinionRepository opinions, SignatureRepository signatures, MeansDecisionRepository decisions,
      AidCalculator aid, FundingProperties properties, WorkingDayCalendar calendar, Clock clock) {
    this.conventions = conventions;
    this.funders = funders;
    this.conferences = conferences;
    this.opinions = opinions;
    this.signatures = signatures;
    this.decisions = decisions;
    this.aid = aid;
    this.properties = properties;
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
    List<Funder> invited = codes.stream().map(code -> funders.findById(code)
        .filter(Funder::isActive)
        .orElseThrow(() -> new InvalidInputException("Le financeur « " + code + " » n'existe pas dans le registre ou"
            + " n'est plus actif."))).toList();
    LocalDate date = form.date(VAR_CONFERENCE_DATE, "Date de la conférence des financeurs");
    Convention convention = conventions.find(reference);
    LocalDate today = LocalDate.now(clock);
    LocalDate earliest = calendar.plusWorkingDays(today, properties.minNoticeWorkingDays(),
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
      nature = nature(form.raw(VAR_FUNDING_NATURE));
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
    BigDecimal fte = BigDecimal.valueOf(form.decimal(VAR_AGREED_FTE, "ETP d'insertion conventionnés"))
        .setScale(2, RoundingMode.HALF_UP);
    if (fte.signum() <= 0) {
      throw new InvalidInputException("Le nombre d'ETP d'insertion conventionnés doit être supérieur à 0.");
    }
    if (fte.compareTo(MAX_FTE) > 0) {
      throw new InvalidInputException("Le nombre d'ETP conventionnés (" + FrenchFormat.number(fte, 2)
          + ") dépasse " + MAX_FTE + " : vérifiez la saisie.");
    }
    BigDecimal modulation = BigDecimal.valueOf(form.decimal(VAR_MODULATION_RATE, "Taux de modulation"))
        .setScale(2, RoundingMode.HALF_UP);
    FundersConference conference = current(reference);
    Convention convention = conference.getConvention();
    AidCalculator.Aid computed = aid.compute(convention.getStructure().getKind(), convention.getStartDate().getYear(),
        convention.getDurationMonths(), fte, modulation);
    conference.summarize(fte, modulation, computed, userId, clock.instant());
    return conference;
  }

  @Transactional
  public CdiaeOpinionRecord recordOpinion(String reference, FormValues form, String userId) {
    Opinion opinion = opinion(form.raw(VAR_CDIAE_OPINION));
    String comment = form.optionalText(VAR_CDIAE_COMMENT, "Commentaire du CDIAE", MAX_TEXT);
    if (opinion != Opinion.FAVORABLE && comment == null) {
      throw new InvalidInputException("Le commentaire du CDIAE est obligatoire pour un avis "
          + (opinion == Opinion.RESERVED ? "avec réserves : énoncez les réserves." : "défavorable : donnez ses motifs."));
    }
    LocalDate session = form.date(VAR_CDIAE_SESSION_DATE, "Date de la séance du CDIAE");
    if (session.isAfter(LocalDate.now(clock))) {
      throw new InvalidInputException("La date de la séance du CDIAE ne peut pas être dans le futur : l'avis est"
          + " enregistré après la séance.");
    }
    return opinions.save(new CdiaeOpinionRecord(current(reference), opinion, comment, session, userId,
        clock.instant()));
  }

  @Transactional
  public Signature sign(String reference, Party party, FormValues form, String userId, String userName) {
    String signedVariable = party == Party.PREFECT ? VAR_PREFECT_SIGNED : VAR_AGENCY_SIGNED;
    String commentVariable = party == Party.PREFECT ? VAR_PREFECT_COMMENT : VAR_AGENCY_SIGNATURE_COMMENT;
    boolean signed = form.bool(signedVariable, "Signez-vous la convention ?");
    String comment = form.optionalText(commentVariable, "Motif", MAX_TEXT);
    if (!signed && comment == null) {
      throw new InvalidInputException("Donnez le motif du refus de signer : il est obligatoire, et la DIRECCTE en"
          + " tiendra compte pour décider de la suite.");
    }
    return signatures.save(new Signature(current(reference), party, signed, comment, userId, userName,
        clock.instant()));
  }

  @Transactional
  public MeansDecision decide(String reference, FormValues form, String userId) {
    Decision decision = decision(form.raw(VAR_DECISION));
    String comment = form.optionalText(VAR_DECISION_COMMENT, "Motifs de la décision", MAX_TEXT);
    if (decision == Decision.REFUSE && comment == null) {
      throw new InvalidInputException("Donnez les motifs du refus : la structure les recevra par courriel.");
    }
    return decisions.save(new MeansDecision(current(reference), decision, comment, userId, clock.instant()));
  }

  @Transactional(readOnly = true)
  public List<String> invitedFunders(String reference) {
    return current(reference).getCommitments().stream().map(c -> c.getFunder().getCode()).toList();
  }

  @Transactional(readOnly = true)
  public String groupOf(String funderCode) {
    return funders.findById(funderCode).map(Funder::getGroupId)
        .orElseThrow(() -> new IllegalStateException("unknown funder " + funderCode));
  }

  @Transactional(readOnly = true)
  public Optional<FundersConference> latestConference(Long conventionId) {
    return conferences.findFirstByConventionIdOrderByNumberDesc(conventionId);
  }

  @Transactional(readOnly = true)
  public List<FundersConference> conferences(Long conventionId) {
    return conferences.findByConventionIdOrderByNumber(conventionId);
  }

  @Transactional(readOnly = true)
  public List<CdiaeOpinionRecord> opinions(Long conventionId) {
    return opinions.findByConferenceConventionIdOrderById(conventionId);
  }

  @Transactional(readOnly = true)
  public List<Signature> signatures(Long conventionId) {
    return signatures.findByConferenceConventionIdOrderById(conventionId);
  }

  @Transactional(readOnly = true)
  public List<MeansDecision> decisions(Long conventionId) {
    return decisions.findByConferenceConventionIdOrderById(conventionId);
  }

  // ---------------------------------------------------------------------------------------- texts for the forms

  /** The funders' answers, for the State service's summary. */
  @Transactional(readOnly = true)
  public String answersText(String reference) {
    FundersConference conference = current(reference);
    StringBuilder text = new StringBuilder("Conférence du " + FrenchFormat.date(conference.getConferenceDate()) + " :\n\n");
    for (FundingCommitment commitment : conference.getCommitments()) {
      text.append("- **").append(commitment.getFunder().getName()).append("** : ").append(commitment.getStatus().label());
      if (commitment.getStatus() == CommitmentStatus.COMMITTED) {
        text.append(", ").append(commitment.getNature().label()).append(", ").append(FrenchFormat.euros(commitment.getAmount()));
      }
      text.append("\n");
    }
    return text.toString();
  }

  /** The funding plan once the conference is summed up. */
  @Transactional(readOnly = true)
  public String planText(String reference) {
    FundersConference conference = current(reference);
    if (!conference.isSummarized()) {
      return "";
    }
    Convention convention = conference.getConvention();
    StringBuilder text = new StringBuilder();
    text.append("- ETP d'insertion conventionnés : **").append(FrenchFormat.number(conference.getAgreedFte(), 2))
        .append("** sur ").append(convention.getDurationMonths()).append(" mois\n");
    text.append("- Aide au poste de l'État, montant socle : ").append(FrenchFormat.euros(conference.getBaseAid()))
        .append(" (").append(FrenchFormat.euros(conference.getUnitAmount())).append(" par ETP et par an, barème ")
        .append(conference.getUnitAmountYear()).append(")\n");
    text.append("- Part modulée (").append(FrenchFormat.number(conference.getModulationRate(), 2)).append(" %) : ")
        .append(FrenchFormat.euros(conference.getModulatedAid())).append("\n");
    text.append("- **Aide de l'État : ").append(FrenchFormat.euros(conference.stateAid())).append("**\n");
    for (FundingCommitment commitment : conference.getCommitments()) {
      if (commitment.getStatus() == CommitmentStatus.COMMITTED) {
        text.append("- ").append(commitment.getFunder().getName()).append(" (").append(commitment.getNature().label())
            .append(") : ").append(FrenchFormat.euros(commitment.getAmount())).append("\n");
      }
    }
    text.append("- **Total du plan de financement : ").append(FrenchFormat.euros(conference.planTotal())).append("**\n");
    return text.toString();
  }

  /** Why the State service must decide: the CDIAE's unfavourable opinion, the refusals to sign. */
  @Transactional(readOnly = true)
  public String refusalReasons(String reference) {
    FundersConference conference = current(reference);
    StringBuilder text = new StringBuilder();
    opinions.findByConferenceConventionIdOrderById(conference.getConvention().getId()).stream()
        .filter(o -> o.getConference().getId().equals(conference.getId()) && o.getOpinion() == Opinion.UNFAVORABLE)
        .forEach(o -> text.append("- CDIAE, séance du ").append(FrenchFormat.date(o.getSessionDate())).append(" : ")
            .append(o.getOpinion().label()).append(". ").append(o.getComment()).append("\n"));
    signatures.findByConferenceIdOrderById(conference.getId()).stream().filter(s -> !s.isSigned())
        .forEach(s -> text.append("- ").append(s.getParty().label()).append(" refuse de signer : ")
            .append(s.getComment()).append("\n"));
    return text.toString();
  }

  private FundersConference current(String reference) {
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


  private static FundingNature nature(Object value) {
    String choices = Arrays.stream(FundingNature.values()).map(n -> n.name() + " (" + n.label() + ")")
        .collect(Collectors.joining(", "));
    return parse(FundingNature.class, value, "Choisissez la nature de l'engagement : " + choices + ".",
        "La nature d'engagement « %s » est inconnue : choisissez " + choices + ".");
  }

  private static Opinion opinion(Object value) {
    return parse(Opinion.class, value, "Choisissez l'avis du CDIAE : FAVORABLE, RESERVED ou UNFAVORABLE.",
        "L'avis « %s » est inconnu : choisissez FAVORABLE, RESERVED ou UNFAVORABLE.");
  }

  private static Decision decision(Object value) {
    return parse(Decision.class, value, "Choisissez la décision : RENEGOTIATE (renégocier) ou REFUSE (refuser).",
        "La décision « %s » est inconnue : choisissez RENEGOTIATE (renégocier) ou REFUSE (refuser).");
  }

  private static <E extends Enum<E>> E parse(Class<E> type, Object value, String missing, String unknown) {
    String text = value == null ? "" : value.toString().trim();
    if (text.isEmpty()) {
      throw new InvalidInputException(missing);
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw new InvalidInputException(String.format(unknown, text));
  }
}
