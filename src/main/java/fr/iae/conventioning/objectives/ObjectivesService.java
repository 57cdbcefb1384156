package fr.iae.conventioning.objectives;

import static fr.iae.conventioning.objectives.ObjectivesNegotiationProcess.*;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionService;
import fr.iae.conventioning.shared.FormValues;
import fr.iae.conventioning.shared.InvalidInputException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stage 2: the State service proposes target exit rates, Pôle emploi gives its opinion, the structure accepts or
 * counter-proposes; after {@link ObjectivesProperties#maxRounds()} refused rounds the State service decides.
 * Every round is kept; the accepted or decided rates become the convention's objectives.
 */
@Service
class ObjectivesService {

  static final int MAX_TEXT = 4_000;

  private final ConventionService conventions;
  private final ObjectivesRoundRepository rounds;
  private final ObjectivesProperties properties;
  private final Clock clock;

  public ObjectivesService(ConventionService conventions, ObjectivesRoundRepository rounds,
      ObjectivesProperties properties, Clock clock) {
    this.conventions = conventions;
    this.rounds = rounds;
    this.properties = properties;
    this.clock = clock;
  }

  /** A new negotiation begins (the first one, or a renegotiation decided at stage 3): its number. */
  @Transactional(readOnly = true)
  public int openNegotiation(String reference) {
    return rounds.lastNegotiation(conventions.find(reference).getId()) + 1;
  }

  @Transactional
  public ObjectivesRound propose(String reference, int negotiation, FormValues form, String userId) {
    TargetRates rates = TargetRates.from(form);
    String other = form.optionalText(VAR_OTHER_OBJECTIVES, "Autres objectifs", MAX_TEXT);
    Convention convention = conventions.find(reference);
    int round = (int) roundsOf(convention, negotiation).stream()
        .filter(r -> r.getKind() == ObjectivesRound.Kind.PROPOSAL).count() + 1;
    return rounds.save(new ObjectivesRound(convention, negotiation, round, ObjectivesRound.Kind.PROPOSAL, rates,
        other, userId, clock.instant()));
  }

  @Transactional
  public ObjectivesRound recordAgencyOpinion(String reference, FormValues form, String userId) {
    boolean agrees = form.bool(VAR_AGENCY_AGREES, "France Travail est-il d'accord avec ces objectifs ?");
    String comment = form.optionalText(VAR_AGENCY_COMMENT, "Commentaire de France Travail", MAX_TEXT);
    if (!agrees && comment == null) {
      throw new InvalidInputException("Expliquez votre désaccord : le commentaire de France Travail est obligatoire quand"
          + " il n'est pas d'accord, et la structure le lira.");
    }
    ObjectivesRound round = currentProposal(reference);
    if (round.getAgencyAgrees() != null) {
      throw new InvalidInputException("France Travail a déjà donné son avis sur ce tour de négociation.");
    }
    round.recordAgencyOpinion(agrees, comment, userId, clock.instant());
    return round;
  }

  @Transactional
  public ObjectivesRound respond(String reference, FormValues form, String userId) {
    boolean accepted = form.bool(VAR_ACCEPTED, "Acceptez-vous ces objectifs ?");
    String counter = form.optionalText(VAR_COUNTER_PROPOSAL, "Contre-proposition", MAX_TEXT);
    if (!accepted && counter == null) {
      throw new InvalidInputException("Dites ce que vous proposez à la place : la contre-proposition est obligatoire"
          + " quand vous n'acceptez pas les objectifs.");
    }
    ObjectivesRound round = currentProposal(reference);
    if (round.getAccepted() != null) {
      throw new InvalidInputException("La structure a déjà répondu à ce tour de négociation.");
    }
    round.recordAnswer(accepted, accepted ? null : counter, userId, clock.instant());
    if (accepted) {
      agree(round);
    }
    return round;
  }

  /** After the last refused round, the State service fixes the objectives. */
  @Transactional
  public ObjectivesRound arbitrate(String reference, int negotiation, FormValues form, String userId) {
    TargetRates rates = TargetRates.from(form);
    String other = form.optionalText(VAR_OTHER_OBJECTIVES, "Autres objectifs", MAX_TEXT);
    Convention convention = conventions.find(reference);
    int round = roundsOf(convention, negotiation).size() + 1;
    ObjectivesRound decision = rounds.save(new ObjectivesRound(convention, negotiation, round,
        ObjectivesRound.Kind.ARBITRATION, rates, other, userId, clock.instant()));
    agree(decision);
    return decision;
  }

  /** Whether a refused round is the last one the structure gets. */
  public boolean needsArbitration(ObjectivesRound answered) {
    return Boolean.FALSE.equals(answered.getAccepted()) && answered.getRound() >= properties.maxRounds();
  }

  public int maxRounds() {
    return properties.maxRounds();
  }

  @Transactional(readOnly = true)
  public List<ObjectivesRound> history(Long conventionId) {
    return rounds.findByConventionIdOrderByNegotiationAscRoundAsc(conventionId);
  }

  private void agree(ObjectivesRound round) {
    TargetRates rates = round.rates();
    round.getConvention().agreeObjectives(rates.durable(), rates.transition(), rates.positive(),
        round.getOtherObjectives(), clock.instant());
  }

  private List<ObjectivesRound> roundsOf(Convention convention, int negotiation) {
    return rounds.findByConventionIdOrderByNegotiationAscRoundAsc(convention.getId()).stream()
        .filter(round -> round.getNegotiation() == negotiation).toList();
  }

  private ObjectivesRound currentProposal(String reference) {
    return rounds.findFirstByConventionIdOrderByNegotiationDescRoundDesc(conventions.find(reference).getId())
        .filter(round -> round.getKind() == ObjectivesRound.Kind.PROPOSAL)
        .orElseThrow(() -> new InvalidInputException("Aucune proposition d'objectifs n'est en cours pour la convention "
            + reference + "."));
  }

}
