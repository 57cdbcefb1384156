package fr.iae.conventioning.funding.approval;

import static fr.iae.conventioning.funding.MeansNegotiationProcess.VAR_AGENCY_SIGNATURE_COMMENT;
import static fr.iae.conventioning.funding.MeansNegotiationProcess.VAR_AGENCY_SIGNED;
import static fr.iae.conventioning.funding.MeansNegotiationProcess.VAR_CDIAE_COMMENT;
import static fr.iae.conventioning.funding.MeansNegotiationProcess.VAR_CDIAE_OPINION;
import static fr.iae.conventioning.funding.MeansNegotiationProcess.VAR_CDIAE_SESSION_DATE;
import static fr.iae.conventioning.funding.MeansNegotiationProcess.VAR_DECISION;
import static fr.iae.conventioning.funding.MeansNegotiationProcess.VAR_DEPARTMENT_SIGNATURE_COMMENT;
import static fr.iae.conventioning.funding.MeansNegotiationProcess.VAR_DEPARTMENT_SIGNED;
import static fr.iae.conventioning.funding.MeansNegotiationProcess.VAR_DECISION_COMMENT;
import static fr.iae.conventioning.funding.MeansNegotiationProcess.VAR_PREFECT_COMMENT;
import static fr.iae.conventioning.funding.MeansNegotiationProcess.VAR_PREFECT_SIGNED;
import static fr.iae.conventioning.funding.MeansNegotiationProcess.VAR_STRUCTURE_SIGNATURE_COMMENT;
import static fr.iae.conventioning.funding.MeansNegotiationProcess.VAR_STRUCTURE_SIGNED;

import fr.iae.conventioning.funding.conference.ConferenceService;
import fr.iae.conventioning.funding.conference.FundersConference;
import fr.iae.conventioning.shared.FormValues;
import fr.iae.conventioning.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval of the means agreed at the conference: the CDIAE's opinion, the signatures of the prefect and of
 * Pôle emploi, and the State service's decision after an unfavourable opinion or a refusal to sign.
 */
@Service
public class ApprovalService {

  static final int MAX_TEXT = 4_000;

  private final ConferenceService conferences;
  private final CdiaeOpinionRepository opinions;
  private final SignatureRepository signatures;
  private final MeansDecisionRepository decisions;
  private final Clock clock;

  ApprovalService(ConferenceService conferences, CdiaeOpinionRepository opinions, SignatureRepository signatures,
      MeansDecisionRepository decisions, Clock clock) {
    this.conferences = conferences;
    this.opinions = opinions;
    this.signatures = signatures;
    this.decisions = decisions;
    this.clock = clock;
  }

  @Transactional
  public CdiaeOpinionRecord recordOpinion(String reference, FormValues form, String userId) {
    Opinion opinion = form.choice(VAR_CDIAE_OPINION, Opinion.class,
        "Choisissez l'avis du CDIAE : FAVORABLE, RESERVED ou UNFAVORABLE.",
        "L'avis « %s » est inconnu : choisissez FAVORABLE, RESERVED ou UNFAVORABLE.");
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
    return opinions.save(new CdiaeOpinionRecord(conferences.current(reference), opinion, comment, session, userId,
        clock.instant()));
  }

  @Transactional
  public Signature sign(String reference, Party party, FormValues form, String userId, String userName) {
    String signedVariable = switch (party) {
      case PREFECT -> VAR_PREFECT_SIGNED;
      case EMPLOYMENT_AGENCY -> VAR_AGENCY_SIGNED;
      case STRUCTURE -> VAR_STRUCTURE_SIGNED;
      case DEPARTMENT -> VAR_DEPARTMENT_SIGNED;
    };
    String commentVariable = switch (party) {
      case PREFECT -> VAR_PREFECT_COMMENT;
      case EMPLOYMENT_AGENCY -> VAR_AGENCY_SIGNATURE_COMMENT;
      case STRUCTURE -> VAR_STRUCTURE_SIGNATURE_COMMENT;
      case DEPARTMENT -> VAR_DEPARTMENT_SIGNATURE_COMMENT;
    };
    boolean signed = form.bool(signedVariable, "Signez-vous la convention ?");
    String comment = form.optionalText(commentVariable, "Motif", MAX_TEXT);
    if (!signed && comment == null) {
      throw new InvalidInputException("Donnez le motif du refus de signer : il est obligatoire, et la DDETS en"
          + " tiendra compte pour décider de la suite.");
    }
    return signatures.save(new Signature(conferences.current(reference), party, signed, comment, userId, userName,
        clock.instant()));
  }

  @Transactional
  public MeansDecision decide(String reference, FormValues form, String userId) {
    Decision decision = form.choice(VAR_DECISION, Decision.class,
        "Choisissez la décision : RENEGOTIATE (renégocier) ou REFUSE (refuser).",
        "La décision « %s » est inconnue : choisissez RENEGOTIATE (renégocier) ou REFUSE (refuser).");
    String comment = form.optionalText(VAR_DECISION_COMMENT, "Motifs de la décision", MAX_TEXT);
    if (decision == Decision.REFUSE && comment == null) {
      throw new InvalidInputException("Donnez les motifs du refus : la structure les recevra par courriel.");
    }
    return decisions.save(new MeansDecision(conferences.current(reference), decision, comment, userId,
        clock.instant()));
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

  /** The opinions and signatures given on one conference's means, oldest first. */
  @Transactional(readOnly = true)
  public List<CdiaeOpinionRecord> opinionsOn(FundersConference conference) {
    return opinions.findByConferenceIdOrderById(conference.getId());
  }

  @Transactional(readOnly = true)
  public List<Signature> signaturesOn(FundersConference conference) {
    return signatures.findByConferenceIdOrderById(conference.getId());
  }

  @Transactional(readOnly = true)
  public List<MeansDecision> decisionsOn(FundersConference conference) {
    return decisions.findByConferenceIdOrderById(conference.getId());
  }
}
