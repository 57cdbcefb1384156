package fr.iae.conventioning.objectives;

import static fr.iae.conventioning.objectives.ObjectivesNegotiationProcess.*;
import static fr.iae.conventioning.support.ServiceFixtures.CONVENTION_ID;
import static fr.iae.conventioning.support.ServiceFixtures.NOW;
import static fr.iae.conventioning.support.ServiceFixtures.REFERENCE;
import static fr.iae.conventioning.support.ServiceFixtures.clock;
import static fr.iae.conventioning.support.ServiceFixtures.convention;
import static fr.iae.conventioning.support.ServiceFixtures.form;
import static fr.iae.conventioning.support.ServiceFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionService;
import fr.iae.conventioning.objectives.ObjectivesRound.Kind;
import fr.iae.conventioning.shared.FormValues;
import fr.iae.conventioning.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.AdditionalAnswers;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * Stage 2 rules: the target rates, Pôle emploi's opinion, the structure's answer, the round numbering and the
 * arbitration after the last refused round.
 */
@ExtendWith(MockitoExtension.class)
class ObjectivesServiceTest {

  private static final Instant EARLIER = Instant.parse("2027-02-15T10:00:00Z");

  @Mock
  private ConventionService conventions;
  @Mock
  private ObjectivesRoundRepository rounds;

  private final Convention convention = convention();
  private ObjectivesService service;

  @BeforeEach
  void setUp() {
    service = new ObjectivesService(conventions, rounds, new ObjectivesProperties(3), clock());
  }

  private static FormValues rates(Object durable, Object transition, Object positive) {
    return form(VAR_TARGET_DURABLE, durable, VAR_TARGET_TRANSITION, transition, VAR_TARGET_POSITIVE, positive,
        VAR_OTHER_OBJECTIVES, " Deux recrutements par an en QPV. ");
  }

  private ObjectivesRound round(int negotiation, int round, Kind kind) {
    return new ObjectivesRound(convention, negotiation, round, kind, new TargetRates(new BigDecimal("25.00"),
        new BigDecimal("20.00"), new BigDecimal("15.00")), null, "direccte.59", EARLIER);
  }

  private ObjectivesRound refused(int negotiation, int round) {
    ObjectivesRound refused = round(negotiation, round, Kind.PROPOSAL);
    refused.recordAgencyOpinion(true, null, "pe.59", EARLIER);
    refused.recordAnswer(false, "Trop ambitieux.", "siae.ei59", EARLIER);
    return refused;
  }

  private void givenHistory(ObjectivesRound... history) {
    when(conventions.find(REFERENCE)).thenReturn(convention);
    when(rounds.findByConventionIdOrderByNegotiationAscRoundAsc(CONVENTION_ID)).thenReturn(Arrays.asList(history));
    when(rounds.save(any())).thenAnswer(AdditionalAnswers.returnsFirstArg());
  }

  private void givenLastRound(ObjectivesRound last) {
    when(conventions.find(REFERENCE)).thenReturn(convention);
    when(rounds.findFirstByConventionIdOrderByNegotiationDescRoundDesc(CONVENTION_ID))
        .thenReturn(Optional.ofNullable(last));
  }

  // the negotiation and its rounds

  @Test
  void aNewNegotiationIsNumberedAfterTheLastOne() {
    when(conventions.find(REFERENCE)).thenReturn(convention);
    when(rounds.lastNegotiation(CONVENTION_ID)).thenReturn(0, 1);

    assertThat(service.openNegotiation(REFERENCE)).isEqualTo(1);
    assertThat(service.openNegotiation(REFERENCE)).isEqualTo(2);
  }

  @Test
  void theFirstProposalIsRoundOneOfItsNegotiation() {
    givenHistory();

    ObjectivesRound proposal = service.propose(REFERENCE, 1, rates(25, "20,5", 14.5), "direccte.59");

    assertThat(proposal.getNegotiation()).isEqualTo(1);
    assertThat(proposal.getRound()).isEqualTo(1);
    assertThat(proposal.getKind()).isEqualTo(Kind.PROPOSAL);
    assertThat(proposal.rates()).isEqualTo(new TargetRates(new BigDecimal("25.00"), new BigDecimal("20.50"),
        new BigDecimal("14.50")));
    assertThat(proposal.getOtherObjectives()).isEqualTo("Deux recrutements par an en QPV.");
    assertThat(proposal.getProposedBy()).isEqualTo("direccte.59");
    assertThat(proposal.getProposedAt()).isEqualTo(NOW);
    assertThat(convention.hasAgreedObjectives()).isFalse();
  }

  @Test
  void aNewProposalAfterARefusalIsTheNextRound() {
    givenHistory(refused(1, 1), refused(1, 2));
    assertThat(service.propose(REFERENCE, 1, rates(25, 20, 15), "direccte.59").getRound()).isEqualTo(3);
  }

  @Test
  void aRenegotiationCountsItsRoundsFromOneAgain() {
    givenHistory(refused(1, 1), refused(1, 2), refused(1, 3), round(1, 4, Kind.ARBITRATION));

    ObjectivesRound proposal = service.propose(REFERENCE, 2, rates(25, 20, 15), "direccte.59");

    assertThat(proposal.getNegotiation()).isEqualTo(2);
    assertThat(proposal.getRound()).isEqualTo(1);
  }

  // the target rates

  @ParameterizedTest(name = "{0} + {1} + {2} = {3} %")
  @CsvSource(delimiter = '|', value = {
      "50 | 30 | 20.01 | 100,01",
      "60 | 30 | 20 | 110",
      "100 | 100 | 100 | 300",
      "100 | 0.01 | 0 | 100,01",
  })
  void theThreeRatesTogetherCannotExceedOneHundredPercent(double durable, double transition, double positive,
      String sum) {
    assertThatThrownBy(() -> service.propose(REFERENCE, 1, rates(durable, transition, positive), "direccte.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("La somme des trois taux (objectif de sorties dynamiques) ne peut pas dépasser 100 % : elle fait"
            + " ici " + sum + " %.");
    verifyNoInteractions(rounds);
  }

  @ParameterizedTest(name = "{0} + {1} + {2}")
  @CsvSource({"25, 35, 40", "100, 0, 0", "0, 0, 0", "33.33, 33.33, 33.34"})
  void ratesSummingToOneHundredPercentOrLessAreAccepted(double durable, double transition, double positive) {
    givenHistory();
    ObjectivesRound proposal = service.propose(REFERENCE, 1, rates(durable, transition, positive), "direccte.59");
    assertThat(proposal.rates().dynamic()).isLessThanOrEqualTo(new BigDecimal("100"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(quoteCharacter = '"', value = {
      VAR_TARGET_DURABLE + ", -1, Taux de sortie vers l'emploi durable",
      VAR_TARGET_TRANSITION + ", 100.5, Taux de sortie vers l'emploi de transition",
      VAR_TARGET_POSITIVE + ", -0.01, Taux de sorties positives",
  })
  void eachRateIsAPercentageFromZeroToOneHundred(String field, double value, String label) {
    FormValues form = form(VAR_TARGET_DURABLE, 10, VAR_TARGET_TRANSITION, 10, VAR_TARGET_POSITIVE, 10, field, value);
    assertThatThrownBy(() -> service.propose(REFERENCE, 1, form, "direccte.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Le champ « " + label + " » est un pourcentage : il doit être compris entre 0 et 100");
  }

  @Test
  void everyRateIsRequired() {
    FormValues form = form(VAR_TARGET_DURABLE, 25, VAR_TARGET_POSITIVE, 15);
    assertThatThrownBy(() -> service.propose(REFERENCE, 1, form, "direccte.59"))
        .hasMessage("Le champ « Taux de sortie vers l'emploi de transition » est obligatoire.");
  }

  @Test
  void otherObjectivesAreOptionalButLimitedToFourThousandCharacters() {
    givenHistory();
    FormValues withoutOther = form(VAR_TARGET_DURABLE, 25, VAR_TARGET_TRANSITION, 20, VAR_TARGET_POSITIVE, 15);
    assertThat(service.propose(REFERENCE, 1, withoutOther, "direccte.59").getOtherObjectives()).isNull();

    FormValues tooLong = form(VAR_TARGET_DURABLE, 25, VAR_TARGET_TRANSITION, 20, VAR_TARGET_POSITIVE, 15,
        VAR_OTHER_OBJECTIVES, text(4_001));
    assertThatThrownBy(() -> service.propose(REFERENCE, 1, tooLong, "direccte.59"))
        .hasMessage("Le champ « Autres objectifs » ne doit pas dépasser 4000 caractères.");
  }

  // Pôle emploi's opinion

  @ParameterizedTest(name = "comment [{0}]")
  @NullSource
  @ValueSource(strings = {"", "  "})
  void aDisagreementOfPoleEmploiNeedsAComment(String comment) {
    FormValues opinion = form(VAR_AGENCY_AGREES, false, VAR_AGENCY_COMMENT, comment);
    assertThatThrownBy(() -> service.recordAgencyOpinion(REFERENCE, opinion, "pe.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("le commentaire de France Travail est obligatoire quand il n'est pas d'accord");
    verifyNoInteractions(rounds);
  }

  @Test
  void aDisagreementWithItsCommentIsRecordedAndTheRoundGoesOn() {
    ObjectivesRound proposal = round(1, 1, Kind.PROPOSAL);
    givenLastRound(proposal);

    ObjectivesRound round = service.recordAgencyOpinion(REFERENCE,
        form(VAR_AGENCY_AGREES, "false", VAR_AGENCY_COMMENT, "Taux durable irréaliste sur ce bassin."), "pe.59");

    assertThat(round.getAgencyAgrees()).isFalse();
    assertThat(round.getAgencyComment()).isEqualTo("Taux durable irréaliste sur ce bassin.");
    assertThat(round.getAgencyBy()).isEqualTo("pe.59");
    assertThat(round.getAgencyAt()).isEqualTo(NOW);
    assertThat(round.getAccepted()).isNull();
  }

  @Test
  void anAgreementNeedsNoComment() {
    givenLastRound(round(1, 1, Kind.PROPOSAL));
    assertThat(service.recordAgencyOpinion(REFERENCE, form(VAR_AGENCY_AGREES, true), "pe.59").getAgencyAgrees())
        .isTrue();
  }

  @Test
  void poleEmploiGivesItsOpinionOnceARound() {
    ObjectivesRound proposal = round(1, 1, Kind.PROPOSAL);
    proposal.recordAgencyOpinion(true, null, "pe.59", EARLIER);
    givenLastRound(proposal);

    assertThatThrownBy(() -> service.recordAgencyOpinion(REFERENCE,
        form(VAR_AGENCY_AGREES, false, VAR_AGENCY_COMMENT, "Réflexion faite, non."), "pe.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("France Travail a déjà donné son avis sur ce tour de négociation.");
    assertThat(proposal.getAgencyAgrees()).isTrue();
  }

  @Test
  void theAgencyMustSayWhetherItAgrees() {
    assertThatThrownBy(() -> service.recordAgencyOpinion(REFERENCE, form(VAR_AGENCY_COMMENT, "?"), "pe.59"))
        .hasMessageContaining("France Travail est-il d'accord avec ces objectifs ?");
  }

  // the structure's answer

  @ParameterizedTest(name = "counter-proposal [{0}]")
  @NullSource
  @ValueSource(strings = {"", "  "})
  void aRefusalNeedsACounterProposal(String counter) {
    FormValues answer = form(VAR_ACCEPTED, false, VAR_COUNTER_PROPOSAL, counter);
    assertThatThrownBy(() -> service.respond(REFERENCE, answer, "siae.ei59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("la contre-proposition est obligatoire quand vous n'acceptez pas les objectifs");
    verifyNoInteractions(rounds);
  }

  @Test
  void anAcceptanceMakesTheRatesTheObjectivesOfTheConvention() {
    ObjectivesRound proposal = new ObjectivesRound(convention, 1, 2, Kind.PROPOSAL, new TargetRates(
        new BigDecimal("25.00"), new BigDecimal("20.00"), new BigDecimal("15.00")), "Un tuteur par équipe.",
        "direccte.59", EARLIER);
    givenLastRound(proposal);

    ObjectivesRound answered = service.respond(REFERENCE,
        form(VAR_ACCEPTED, true, VAR_COUNTER_PROPOSAL, "Sans objet."), "siae.ei59");

    assertThat(answered.getAccepted()).isTrue();
    assertThat(answered.getCounterProposal()).isNull();
    assertThat(answered.getRespondedBy()).isEqualTo("siae.ei59");
    assertThat(answered.getRespondedAt()).isEqualTo(NOW);
    assertThat(convention.hasAgreedObjectives()).isTrue();
    assertThat(convention.getTargetDurable()).isEqualByComparingTo("25");
    assertThat(convention.getTargetTransition()).isEqualByComparingTo("20");
    assertThat(convention.getTargetPositive()).isEqualByComparingTo("15");
    assertThat(convention.getOtherObjectives()).isEqualTo("Un tuteur par équipe.");
    assertThat(convention.getObjectivesAgreedAt()).isEqualTo(NOW);
    assertThat(service.needsArbitration(answered)).isFalse();
  }

  @Test
  void aRefusalKeepsTheCounterProposalAndLeavesTheObjectivesOpen() {
    givenLastRound(round(1, 1, Kind.PROPOSAL));

    ObjectivesRound answered = service.respond(REFERENCE,
        form(VAR_ACCEPTED, false, VAR_COUNTER_PROPOSAL, "20 % durable, 55 % dynamique."), "siae.ei59");

    assertThat(answered.getAccepted()).isFalse();
    assertThat(answered.getCounterProposal()).isEqualTo("20 % durable, 55 % dynamique.");
    assertThat(convention.hasAgreedObjectives()).isFalse();
  }

  @Test
  void theStructureAnswersOnceARound() {
    givenLastRound(refused(1, 1));
    assertThatThrownBy(() -> service.respond(REFERENCE, form(VAR_ACCEPTED, true), "siae.ei59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("La structure a déjà répondu à ce tour de négociation.");
    assertThat(convention.hasAgreedObjectives()).isFalse();
  }

  @Test
  void withoutAProposalInProgressThereIsNothingToAnswer() {
    givenLastRound(round(1, 4, Kind.ARBITRATION));
    assertThatThrownBy(() -> service.respond(REFERENCE, form(VAR_ACCEPTED, true), "siae.ei59"))
        .hasMessage("Aucune proposition d'objectifs n'est en cours pour la convention " + REFERENCE + ".");
  }

  @Test
  void withoutAnyRoundThereIsNothingToGiveAnOpinionOn() {
    givenLastRound(null);
    assertThatThrownBy(() -> service.recordAgencyOpinion(REFERENCE, form(VAR_AGENCY_AGREES, true), "pe.59"))
        .hasMessageContaining("Aucune proposition d'objectifs n'est en cours");
  }

  // arbitration

  @ParameterizedTest(name = "round {0}, accepted {1}: arbitration {2}")
  @CsvSource({
      "1, false, false",
      "2, false, false",
      "3, false, true",
      "4, false, true",
      "3, true, false",
      "1, true, false",
      "3, , false",
  })
  void theStateServiceArbitratesAfterTheLastRefusedRound(int round, Boolean accepted, boolean arbitration) {
    ObjectivesRound answered = round(1, round, Kind.PROPOSAL);
    if (accepted != null) {
      answered.recordAnswer(accepted, accepted ? null : "Non.", "siae.ei59", NOW);
    }
    assertThat(service.needsArbitration(answered)).isEqualTo(arbitration);
  }

  @Test
  void theNumberOfRoundsComesFromTheSettings() {
    ObjectivesService twoRounds = new ObjectivesService(conventions, rounds, new ObjectivesProperties(2), clock());
    assertThat(twoRounds.maxRounds()).isEqualTo(2);
    assertThat(twoRounds.needsArbitration(refused(1, 1))).isFalse();
    assertThat(twoRounds.needsArbitration(refused(1, 2))).isTrue();
  }

  @Test
  void anArbitrationIsTheNextRoundAndFixesTheObjectives() {
    givenHistory(refused(1, 1), refused(1, 2), refused(1, 3));

    ObjectivesRound decision = service.arbitrate(REFERENCE, 1, rates(22, 18, 15), "direccte.59");

    assertThat(decision.getKind()).isEqualTo(Kind.ARBITRATION);
    assertThat(decision.getNegotiation()).isEqualTo(1);
    assertThat(decision.getRound()).isEqualTo(4);
    assertThat(convention.hasAgreedObjectives()).isTrue();
    assertThat(convention.getTargetDurable()).isEqualByComparingTo("22");
    assertThat(convention.getTargetTransition()).isEqualByComparingTo("18");
    assertThat(convention.getTargetPositive()).isEqualByComparingTo("15");
    assertThat(convention.getOtherObjectives()).isEqualTo("Deux recrutements par an en QPV.");
  }

  @Test
  void anArbitrationCountsOnlyTheRoundsOfItsNegotiation() {
    givenHistory(refused(1, 1), refused(1, 2), refused(1, 3), round(1, 4, Kind.ARBITRATION), refused(2, 1),
        refused(2, 2), refused(2, 3));
    assertThat(service.arbitrate(REFERENCE, 2, rates(20, 20, 20), "direccte.59").getRound()).isEqualTo(4);
  }

  @Test
  void anArbitrationFollowsTheRulesOfTheRates() {
    assertThatThrownBy(() -> service.arbitrate(REFERENCE, 1, rates(60, 30, 20), "direccte.59"))
        .hasMessageContaining("ne peut pas dépasser 100 %");
    verifyNoInteractions(rounds, conventions);
  }

  @Test
  void theHistoryListsEveryRound() {
    List<ObjectivesRound> history = List.of(refused(1, 1), round(1, 2, Kind.PROPOSAL));
    when(rounds.findByConventionIdOrderByNegotiationAscRoundAsc(CONVENTION_ID)).thenReturn(history);
    assertThat(service.history(CONVENTION_ID)).isEqualTo(history);
  }
}
