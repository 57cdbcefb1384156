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
import static fr.iae.conventioning.support.ServiceFixtures.NOW;
import static fr.iae.conventioning.support.ServiceFixtures.REFERENCE;
import static fr.iae.conventioning.support.ServiceFixtures.TODAY;
import static fr.iae.conventioning.support.ServiceFixtures.clock;
import static fr.iae.conventioning.support.ServiceFixtures.clockAt;
import static fr.iae.conventioning.support.ServiceFixtures.form;
import static fr.iae.conventioning.support.ServiceFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import fr.iae.conventioning.funding.conference.ConferenceService;
import fr.iae.conventioning.funding.conference.FundersConference;
import fr.iae.conventioning.shared.FormValues;
import fr.iae.conventioning.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.AdditionalAnswers;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * Stage 3 approval rules: the CDIAE's opinion and its session date, the two signatures, the State service's
 * decision after an unfavourable opinion or a refusal to sign.
 */
@ExtendWith(MockitoExtension.class)
class ApprovalServiceTest {

  @Mock
  private ConferenceService conferences;
  @Mock
  private CdiaeOpinionRepository opinions;
  @Mock
  private SignatureRepository signatures;
  @Mock
  private MeansDecisionRepository decisions;
  /** The conference in progress, as the conference module answers it. */
  @Mock
  private FundersConference conference;

  private ApprovalService service;

  @BeforeEach
  void setUp() {
    service = new ApprovalService(conferences, opinions, signatures, decisions, clock());
  }

  private void givenConferenceInProgress() {
    when(conferences.current(REFERENCE)).thenReturn(conference);
  }

  private static FormValues opinion(String opinion, String comment, Object sessionDate) {
    return form(VAR_CDIAE_OPINION, opinion, VAR_CDIAE_COMMENT, comment, VAR_CDIAE_SESSION_DATE, sessionDate);
  }

  private static FormValues signature(Party party, Object signed, String comment) {
    return switch (party) {
      case PREFECT -> form(VAR_PREFECT_SIGNED, signed, VAR_PREFECT_COMMENT, comment);
      case EMPLOYMENT_AGENCY -> form(VAR_AGENCY_SIGNED, signed, VAR_AGENCY_SIGNATURE_COMMENT, comment);
      case STRUCTURE -> form(VAR_STRUCTURE_SIGNED, signed, VAR_STRUCTURE_SIGNATURE_COMMENT, comment);
      case DEPARTMENT -> form(VAR_DEPARTMENT_SIGNED, signed, VAR_DEPARTMENT_SIGNATURE_COMMENT, comment);
    };
  }

  // the CDIAE's opinion

  @Test
  void aFavorableOpinionNeedsNoComment() {
    givenConferenceInProgress();
    when(opinions.save(any())).thenAnswer(AdditionalAnswers.returnsFirstArg());

    CdiaeOpinionRecord recorded = service.recordOpinion(REFERENCE, opinion("FAVORABLE", null, "2027-03-09"),
        "cdiae.59");

    assertThat(recorded.getConference()).isSameAs(conference);
    assertThat(recorded.getOpinion()).isEqualTo(Opinion.FAVORABLE);
    assertThat(recorded.getComment()).isNull();
    assertThat(recorded.getSessionDate()).isEqualTo(LocalDate.of(2027, 3, 9));
    assertThat(recorded.getRecordedBy()).isEqualTo("cdiae.59");
    assertThat(recorded.getRecordedAt()).isEqualTo(NOW);
  }

  @ParameterizedTest(name = "{0}, comment [{1}]")
  @CsvSource(delimiter = '|', value = {
      "RESERVED | | avec réserves : énoncez les réserves.",
      "RESERVED | '   ' | avec réserves : énoncez les réserves.",
      "UNFAVORABLE | | défavorable : donnez ses motifs.",
      "UNFAVORABLE | '' | défavorable : donnez ses motifs.",
  })
  void anOpinionOtherThanFavorableNeedsAComment(String opinion, String comment, String ending) {
    assertThatThrownBy(() -> service.recordOpinion(REFERENCE, opinion(opinion, comment, "2027-03-09"), "cdiae.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Le commentaire du CDIAE est obligatoire pour un avis " + ending);
    verifyNoInteractions(opinions, conferences);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Opinion.class, names = {"RESERVED", "UNFAVORABLE"})
  void anOpinionWithItsCommentIsRecorded(Opinion given) {
    givenConferenceInProgress();
    when(opinions.save(any())).thenAnswer(AdditionalAnswers.returnsFirstArg());

    CdiaeOpinionRecord recorded = service.recordOpinion(REFERENCE, opinion(given.name(), " Taux trop bas. ",
        TODAY.toString()), "cdiae.59");

    assertThat(recorded.getOpinion()).isEqualTo(given);
    assertThat(recorded.getComment()).isEqualTo("Taux trop bas.");
  }

  @ParameterizedTest(name = "opinion {0}")
  @ValueSource(strings = {"GOOD", "favorable", "Favorable", "DEFAVORABLE"})
  void anUnknownOpinionIsRefusedInFrench(String unknown) {
    assertThatThrownBy(() -> service.recordOpinion(REFERENCE, opinion(unknown, "Avis.", "2027-03-09"), "cdiae.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("L'avis « " + unknown + " » est inconnu : choisissez FAVORABLE, RESERVED ou UNFAVORABLE.");
  }

  @ParameterizedTest(name = "opinion [{0}]")
  @NullSource
  @ValueSource(strings = {"", "  "})
  void anOpinionMustBeChosen(String missing) {
    assertThatThrownBy(() -> service.recordOpinion(REFERENCE, opinion(missing, "Avis.", "2027-03-09"), "cdiae.59"))
        .hasMessage("Choisissez l'avis du CDIAE : FAVORABLE, RESERVED ou UNFAVORABLE.");
  }

  @ParameterizedTest(name = "session on {0}")
  @ValueSource(strings = {"2027-03-11", "2027-12-01", "2030-01-01"})
  void theSessionDateCannotBeInTheFuture(String session) {
    assertThatThrownBy(() -> service.recordOpinion(REFERENCE, opinion("FAVORABLE", null, session), "cdiae.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("La date de la séance du CDIAE ne peut pas être dans le futur : l'avis est enregistré après la"
            + " séance.");
    verifyNoInteractions(opinions);
  }

  @Test
  void aSessionHeldTodayIsAccepted() {
    givenConferenceInProgress();
    when(opinions.save(any())).thenAnswer(AdditionalAnswers.returnsFirstArg());
    assertThat(service.recordOpinion(REFERENCE, opinion("FAVORABLE", null, TODAY), "cdiae.59").getSessionDate())
        .isEqualTo(TODAY);
  }

  @Test
  void todayIsTheDayInTheApplicationsTimeZone() {
    // 23:30 in UTC on 10 March is already 11 March in Paris
    ApprovalService lateInTheEvening = new ApprovalService(conferences, opinions, signatures, decisions,
        clockAt(Instant.parse("2027-03-10T23:30:00Z")));
    givenConferenceInProgress();
    when(opinions.save(any())).thenAnswer(AdditionalAnswers.returnsFirstArg());

    assertThat(lateInTheEvening.recordOpinion(REFERENCE, opinion("FAVORABLE", null, "2027-03-11"), "cdiae.59")
        .getSessionDate()).isEqualTo(LocalDate.of(2027, 3, 11));
    assertThatThrownBy(() -> lateInTheEvening.recordOpinion(REFERENCE, opinion("FAVORABLE", null, "2027-03-12"),
        "cdiae.59")).hasMessageContaining("ne peut pas être dans le futur");
  }

  @ParameterizedTest(name = "session [{0}]")
  @NullSource
  @ValueSource(strings = {"", "09/03/2027", "2027-02-29"})
  void theSessionDateIsRequiredAsAnIsoDate(String session) {
    assertThatThrownBy(() -> service.recordOpinion(REFERENCE, opinion("FAVORABLE", null, session), "cdiae.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Le champ « Date de la séance du CDIAE »");
  }

  @Test
  void theCdiaeCommentIsLimitedToFourThousandCharacters() {
    assertThatThrownBy(() -> service.recordOpinion(REFERENCE, opinion("RESERVED", text(4_001), "2027-03-09"),
        "cdiae.59"))
        .hasMessage("Le champ « Commentaire du CDIAE » ne doit pas dépasser 4000 caractères.");
  }

  // the signatures

  @ParameterizedTest(name = "{0}")
  @EnumSource(Party.class)
  void eachPartySignsWithItsOwnFields(Party party) {
    givenConferenceInProgress();
    when(signatures.save(any())).thenAnswer(AdditionalAnswers.returnsFirstArg());

    Signature signature = service.sign(REFERENCE, party, signature(party, true, null), "prefet.59", "Jean Préfet");

    assertThat(signature.getConference()).isSameAs(conference);
    assertThat(signature.getParty()).isEqualTo(party);
    assertThat(signature.isSigned()).isTrue();
    assertThat(signature.getComment()).isNull();
    assertThat(signature.getSignerId()).isEqualTo("prefet.59");
    assertThat(signature.getSignerName()).isEqualTo("Jean Préfet");
    assertThat(signature.getSignedAt()).isEqualTo(NOW);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Party.class)
  void aPartyDoesNotAnswerThroughTheOtherPartysFields(Party party) {
    Party other = party == Party.PREFECT ? Party.EMPLOYMENT_AGENCY : Party.PREFECT;
    assertThatThrownBy(() -> service.sign(REFERENCE, party, signature(other, true, null), "u", "U"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Le champ « Signez-vous la convention ? » est obligatoire : répondez par oui ou par non.");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Party.class)
  void aRefusalToSignNeedsAReason(Party party) {
    assertThatThrownBy(() -> service.sign(REFERENCE, party, signature(party, false, "  "), "u", "U"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Donnez le motif du refus de signer : il est obligatoire");
    verifyNoInteractions(signatures, conferences);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Party.class)
  void aRefusalToSignIsRecordedWithItsReason(Party party) {
    givenConferenceInProgress();
    when(signatures.save(any())).thenAnswer(AdditionalAnswers.returnsFirstArg());

    Signature refusal = service.sign(REFERENCE, party, signature(party, "false", "Plan de financement incomplet."),
        "pe.59", "Paule Emploi");

    assertThat(refusal.isSigned()).isFalse();
    assertThat(refusal.getComment()).isEqualTo("Plan de financement incomplet.");
  }

  // the State service's decision

  @Test
  void aRenegotiationNeedsNoReason() {
    givenConferenceInProgress();
    when(decisions.save(any())).thenAnswer(AdditionalAnswers.returnsFirstArg());

    MeansDecision decision = service.decide(REFERENCE, form(VAR_DECISION, "RENEGOTIATE"), "direccte.59");

    assertThat(decision.getConference()).isSameAs(conference);
    assertThat(decision.getDecision()).isEqualTo(Decision.RENEGOTIATE);
    assertThat(decision.getComment()).isNull();
    assertThat(decision.getDecidedBy()).isEqualTo("direccte.59");
    assertThat(decision.getDecidedAt()).isEqualTo(NOW);
  }

  @ParameterizedTest(name = "reasons [{0}]")
  @NullSource
  @ValueSource(strings = {"", "   "})
  void aRefusalNeedsItsReasons(String reasons) {
    assertThatThrownBy(() -> service.decide(REFERENCE, form(VAR_DECISION, "REFUSE", VAR_DECISION_COMMENT, reasons),
        "direccte.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Donnez les motifs du refus : la structure les recevra par courriel.");
    verifyNoInteractions(decisions, conferences);
  }

  @Test
  void aRefusalIsRecordedWithItsReasons() {
    givenConferenceInProgress();
    when(decisions.save(any())).thenAnswer(AdditionalAnswers.returnsFirstArg());

    MeansDecision decision = service.decide(REFERENCE, form(VAR_DECISION, "REFUSE", VAR_DECISION_COMMENT,
        "Avis défavorable du CDIAE."), "direccte.59");

    assertThat(decision.getDecision()).isEqualTo(Decision.REFUSE);
    assertThat(decision.getComment()).isEqualTo("Avis défavorable du CDIAE.");
  }

  @ParameterizedTest(name = "decision {0}")
  @ValueSource(strings = {"ACCEPT", "refuse", "RENEGOCIER"})
  void anUnknownDecisionIsRefusedInFrench(String unknown) {
    assertThatThrownBy(() -> service.decide(REFERENCE, form(VAR_DECISION, unknown, VAR_DECISION_COMMENT, "Motif."),
        "direccte.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("La décision « " + unknown + " » est inconnue : choisissez RENEGOTIATE (renégocier) ou REFUSE"
            + " (refuser).");
  }

  @Test
  void aDecisionMustBeChosen() {
    assertThatThrownBy(() -> service.decide(REFERENCE, form(VAR_DECISION_COMMENT, "Motif."), "direccte.59"))
        .hasMessage("Choisissez la décision : RENEGOTIATE (renégocier) ou REFUSE (refuser).");
  }
}
