package fr.iae.conventioning.renewal;

import static fr.iae.conventioning.renewal.RenewalProcess.*;
import static fr.iae.conventioning.support.ServiceFixtures.CONVENTION_ID;
import static fr.iae.conventioning.support.ServiceFixtures.NOW;
import static fr.iae.conventioning.support.ServiceFixtures.REFERENCE;
import static fr.iae.conventioning.support.ServiceFixtures.SIRET;
import static fr.iae.conventioning.support.ServiceFixtures.clock;
import static fr.iae.conventioning.support.ServiceFixtures.conventioning;
import static fr.iae.conventioning.support.ServiceFixtures.convention;
import static fr.iae.conventioning.support.ServiceFixtures.form;
import static fr.iae.conventioning.support.ServiceFixtures.structure;
import static fr.iae.conventioning.support.ServiceFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionService;
import fr.iae.conventioning.convention.FinalResults;
import fr.iae.conventioning.convention.FinalResults.FinalResult;
import fr.iae.conventioning.notification.MailMessage.Recipient;
import fr.iae.conventioning.notification.Outbox;
import fr.iae.conventioning.notification.Recipients;
import fr.iae.conventioning.renewal.RenewalDecisionRecord.Decision;
import fr.iae.conventioning.shared.InvalidInputException;
import fr.iae.conventioning.structure.StructureKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * Stage 5 rules: the reinforcement after met objectives, the causes and recommendations after missed ones, and
 * what the next convention starts with.
 */
@ExtendWith(MockitoExtension.class)
class RenewalServiceTest {

  private static final Instant EVALUATED = Instant.parse("2030-01-02T08:00:00Z");
  private static final String NBSP = "\u00a0";

  @Mock
  private ConventionService conventions;
  @Mock
  private FinalResults results;
  @Mock
  private RenewalDecisionRepository decisions;
  @Mock
  private Outbox outbox;
  @Mock
  private Recipients recipients;

  private Convention convention = convention();
  private RenewalService service;

  @BeforeEach
  void setUp() {
    service = new RenewalService(conventions, results, decisions, outbox, recipients, conventioning(), clock());
  }

  private RenewalDecisionRecord verdict(boolean met, String explanation) {
    return new RenewalDecisionRecord(convention, met, explanation, EVALUATED);
  }

  private void givenVerdict(RenewalDecisionRecord verdict) {
    when(conventions.find(REFERENCE)).thenReturn(convention);
    when(decisions.findByConventionId(CONVENTION_ID)).thenReturn(Optional.ofNullable(verdict));
  }

  // the decision table's verdict

  @Test
  void theVerdictIsRecordedOnce() {
    when(conventions.find(REFERENCE)).thenReturn(convention);
    when(decisions.findByConventionId(CONVENTION_ID)).thenReturn(Optional.empty());
    when(decisions.save(any())).thenAnswer(invocation -> invocation.getArgument(0));

    RenewalDecisionRecord recorded = service.recordAttainment(REFERENCE, false, "Taux durable inférieur.");

    assertThat(recorded.getConvention()).isSameAs(convention);
    assertThat(recorded.isObjectivesMet()).isFalse();
    assertThat(recorded.getExplanation()).isEqualTo("Taux durable inférieur.");
    assertThat(recorded.getDecision()).isNull();
  }

  @Test
  void aVerdictAlreadyRecordedIsKept() {
    RenewalDecisionRecord first = verdict(true, "Objectifs atteints.");
    givenVerdict(first);

    assertThat(service.recordAttainment(REFERENCE, false, "Autre verdict.")).isSameAs(first);
    assertThat(first.isObjectivesMet()).isTrue();
    verify(decisions, never()).save(any());
  }

  @Test
  void withoutAVerdictNothingCanBeDecided() {
    givenVerdict(null);
    assertThatThrownBy(() -> service.proposeReinforcement(REFERENCE, form(VAR_PROPOSED_FTE, 12), "direccte.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("L'atteinte des objectifs de la convention " + REFERENCE + " n'a pas encore été évaluée.");
  }

  // objectives met: the reinforcement

  @Test
  void aReinforcementProposesTheNextConventionsFteAndRenews() {
    RenewalDecisionRecord verdict = verdict(true, null);
    givenVerdict(verdict);

    RenewalDecisionRecord decided = service.proposeReinforcement(REFERENCE, form(VAR_PROPOSED_FTE, "14,5"),
        "direccte.59");

    assertThat(decided).isSameAs(verdict);
    assertThat(decided.getProposedFte()).isEqualTo(new BigDecimal("14.50"));
    assertThat(decided.getProposedBy()).isEqualTo("direccte.59");
    assertThat(decided.getDecision()).isEqualTo(Decision.RENEW);
    assertThat(decided.getDecidedBy()).isEqualTo("direccte.59");
    assertThat(decided.getDecidedAt()).isEqualTo(NOW);
  }

  @ParameterizedTest(name = "proposed FTE [{0}]")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "0 | Le nombre d'ETP proposés pour la prochaine convention doit être supérieur à 0.",
      "-2 | Le nombre d'ETP proposés pour la prochaine convention doit être supérieur à 0.",
      "500.01 | Le nombre d'ETP proposés pour la prochaine convention (500,01) dépasse 500 : vérifiez la saisie.",
      " | Le champ « ETP proposés pour la prochaine convention » est obligatoire.",
  })
  void theProposedFteIsAboveZeroAndAtMostTheMaximum(String fte, String message) {
    assertThatThrownBy(() -> service.proposeReinforcement(REFERENCE, form(VAR_PROPOSED_FTE, fte), "direccte.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(message);
    verifyNoInteractions(decisions);
  }

  // objectives not met: causes, recommendations, decision

  @ParameterizedTest(name = "analysis [{0}]")
  @NullSource
  @ValueSource(strings = {"", "   "})
  void theCauseAnalysisIsRequired(String analysis) {
    assertThatThrownBy(() -> service.recordCauses(REFERENCE, form(VAR_CAUSE_ANALYSIS, analysis), "siae.ei59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Expliquez pourquoi les objectifs n'ont pas été atteints")
        .hasMessageEndingWith("le champ « Analyse des causes » est obligatoire.");
    verifyNoInteractions(decisions);
  }

  @Test
  void theCauseAnalysisIsLimitedToEightThousandCharacters() {
    assertThatThrownBy(() -> service.recordCauses(REFERENCE, form(VAR_CAUSE_ANALYSIS, text(8_001)), "siae.ei59"))
        .hasMessage("Le champ « Analyse des causes » ne doit pas dépasser 8000 caractères.");
  }

  @Test
  void theCauseAnalysisIsRecorded() {
    RenewalDecisionRecord verdict = verdict(false, "Taux durable inférieur.");
    givenVerdict(verdict);

    service.recordCauses(REFERENCE, form(VAR_CAUSE_ANALYSIS, " Fermeture du principal employeur du bassin. "),
        "siae.ei59");

    assertThat(verdict.getCauseAnalysis()).isEqualTo("Fermeture du principal employeur du bassin.");
    assertThat(verdict.getCauseBy()).isEqualTo("siae.ei59");
    assertThat(verdict.getDecision()).isNull();
  }

  @ParameterizedTest(name = "preconisations [{0}]")
  @NullSource
  @ValueSource(strings = {"", "  "})
  void preconisationsAreRequired(String preconisations) {
    assertThatThrownBy(() -> service.definePreconisations(REFERENCE, form(VAR_PRECONISATIONS, preconisations,
        VAR_RENEWAL_DECISION, "RENEW_WITH_PLAN"), "direccte.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Le champ « Préconisations » est obligatoire : ce que la structure doit mettre en œuvre");
    verifyNoInteractions(decisions);
  }

  @Test
  void preconisationsAreLimitedToEightThousandCharacters() {
    assertThatThrownBy(() -> service.definePreconisations(REFERENCE, form(VAR_PRECONISATIONS, text(8_001),
        VAR_RENEWAL_DECISION, "RENEW_WITH_PLAN"), "direccte.59"))
        .hasMessage("Le champ « Préconisations » ne doit pas dépasser 8000 caractères.");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Decision.class, names = {"RENEW_WITH_PLAN", "DO_NOT_RENEW"})
  void theStateServiceRenewsWithAPlanOrDoesNotRenew(Decision chosen) {
    RenewalDecisionRecord verdict = verdict(false, "Taux durable inférieur.");
    givenVerdict(verdict);

    RenewalDecisionRecord decided = service.definePreconisations(REFERENCE, form(VAR_PRECONISATIONS,
        " Recruter davantage de publics prioritaires. ", VAR_RENEWAL_DECISION, chosen.name()), "direccte.59");

    assertThat(decided.getDecision()).isEqualTo(chosen);
    assertThat(decided.getPreconisations()).isEqualTo("Recruter davantage de publics prioritaires.");
    assertThat(decided.getDecidedBy()).isEqualTo("direccte.59");
    assertThat(decided.getDecidedAt()).isEqualTo(NOW);
  }

  @ParameterizedTest(name = "decision {0}")
  @ValueSource(strings = {"RENEW_LATER", "renew_with_plan", "OUI"})
  void anUnknownRenewalDecisionIsRefusedInFrench(String unknown) {
    assertThatThrownBy(() -> service.definePreconisations(REFERENCE, form(VAR_PRECONISATIONS, "Un plan.",
        VAR_RENEWAL_DECISION, unknown), "direccte.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("La décision « " + unknown + " » est inconnue : choisissez RENEW_WITH_PLAN ou DO_NOT_RENEW.");
  }

  @Test
  void aPlainRenewIsNoDecisionAfterMissedObjectives() {
    RenewalDecisionRecord verdict = verdict(false, "Taux durable inférieur.");
    lenient().when(conventions.find(REFERENCE)).thenReturn(convention);
    lenient().when(decisions.findByConventionId(CONVENTION_ID)).thenReturn(Optional.of(verdict));

    assertThatThrownBy(() -> service.definePreconisations(REFERENCE, form(VAR_PRECONISATIONS, "Un plan.",
        VAR_RENEWAL_DECISION, "RENEW"), "direccte.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("La décision « RENEW » est inconnue : choisissez RENEW_WITH_PLAN ou DO_NOT_RENEW.");
    assertThat(verdict.getDecision()).isNull();
  }

  @Test
  void aRenewalDecisionMustBeChosen() {
    assertThatThrownBy(() -> service.definePreconisations(REFERENCE, form(VAR_PRECONISATIONS, "Un plan."),
        "direccte.59"))
        .hasMessage("Choisissez la décision : RENEW_WITH_PLAN (renouveler avec un plan) ou DO_NOT_RENEW (ne pas"
            + " renouveler).");
  }

  // the next convention

  @ParameterizedTest(name = "{0} for {1} months: next from {2}")
  @CsvSource({
      "2027-01-01, 36, 2030-01-01",
      "2027-03-15, 12, 2028-03-15",
      "2026-09-01, 24, 2028-09-01",
      "2027-01-31, 13, 2028-02-29",
  })
  void theNextConventionStartsTheDayAfterTheEndForTheSameDuration(LocalDate start, int months, LocalDate next) {
    convention = convention(structure(StructureKind.ACI, "62"), start, months);
    givenVerdict(verdict(true, null));

    Map<String, Object> variables = service.nextConvention(REFERENCE);

    assertThat(LocalDate.parse((String) variables.get("conventionStart"))).isEqualTo(next)
        .isEqualTo(convention.getEndDate().plusDays(1));
    assertThat(variables)
        .containsEntry("siret", SIRET)
        .containsEntry("durationMonths", months)
        .containsEntry("previousConventionReference", REFERENCE)
        .containsKey("previousResults");
  }

  @Test
  void afterAReinforcementTheNextConventionCarriesTheProposedFte() {
    RenewalDecisionRecord verdict = verdict(true, "Objectifs atteints.");
    verdict.reinforce(new BigDecimal("14.50"), "direccte.59", NOW);
    givenVerdict(verdict);

    Map<String, Object> variables = service.nextConvention(REFERENCE);

    assertThat(variables).containsEntry("proposedFte", 14.5).doesNotContainKey("preconisations");
    assertThat((String) variables.get("previousResults"))
        .contains("Objectifs atteints : Objectifs atteints.")
        .contains("ETP proposés par la DDETS pour la nouvelle convention : 14,5")
        .doesNotContain("Préconisations");
  }

  @Test
  void afterARenewalWithAPlanTheNextConventionCarriesThePreconisations() {
    RenewalDecisionRecord verdict = verdict(false, "Taux durable inférieur.");
    verdict.decide(Decision.RENEW_WITH_PLAN, "Recruter davantage de publics prioritaires.", "direccte.59", NOW);
    givenVerdict(verdict);

    Map<String, Object> variables = service.nextConvention(REFERENCE);

    assertThat(variables).containsEntry("preconisations", "Recruter davantage de publics prioritaires.")
        .doesNotContainKey("proposedFte");
  }

  @Test
  void thePreviousResultsSumUpObjectivesResultsAnalysisAndRecommendations() {
    convention.agreeObjectives(new BigDecimal("25.00"), new BigDecimal("20.00"), new BigDecimal("15.00"), null, NOW);
    RenewalDecisionRecord verdict = verdict(false, "le taux d'emploi durable est inférieur à l'objectif.");
    verdict.decide(Decision.RENEW_WITH_PLAN, "Recruter davantage de publics prioritaires.", "direccte.59", NOW);
    givenVerdict(verdict);
    when(results.of(CONVENTION_ID)).thenReturn(Optional.of(new FinalResult("- Sorties examinées : **10**\n",
        "Contexte local dégradé.")));

    String previous = (String) service.nextConvention(REFERENCE).get("previousResults");

    assertThat(previous).isEqualTo("Convention " + REFERENCE + " (du 1er janvier 2027 au 31 décembre 2029).\n\n"
        + "Objectifs : 25,0" + NBSP + "% d'emploi durable, 20,0" + NBSP + "% d'emploi de transition, 15,0" + NBSP
        + "% de sorties positives.\n\n"
        + "Résultats du bilan final :\n\n- Sorties examinées : **10**\n\n"
        + "Analyse partagée : Contexte local dégradé.\n\n"
        + "Objectifs non atteints : le taux d'emploi durable est inférieur à l'objectif.\n"
        + "\nPréconisations à mettre en œuvre : Recruter davantage de publics prioritaires.\n");
  }

  @Test
  void withoutFinalResultsThePreviousResultsSayWhatIsKnown() {
    givenVerdict(verdict(true, null));
    when(results.of(CONVENTION_ID)).thenReturn(Optional.empty());

    String previous = (String) service.nextConvention(REFERENCE).get("previousResults");

    assertThat(previous)
        .contains("Objectifs : —" + " d'emploi durable")
        .doesNotContain("Résultats du bilan final")
        .endsWith("Objectifs atteints\n");
  }

  @Test
  void theNextConventionIsLinkedToThisOne() {
    RenewalDecisionRecord verdict = verdict(true, null);
    givenVerdict(verdict);
    Convention next = convention(structure(StructureKind.EI, "59"), LocalDate.of(2030, 1, 1), 36);
    when(conventions.find("EI059270001A1M0")).thenReturn(next);

    service.linkNext(REFERENCE, "EI059270001A1M0");

    assertThat(verdict.getNextConvention()).isSameAs(next);
  }

  // closing

  @Test
  void theStructureIsToldOfTheClosingWithTheExplanationAndTheRecommendations() {
    RenewalDecisionRecord verdict = verdict(false, "Taux durable inférieur.");
    verdict.decide(Decision.DO_NOT_RENEW, "Revoir l'accompagnement.", "direccte.59", NOW);
    givenVerdict(verdict);
    List<Recipient> structureRecipients = List.of(new Recipient("siae.ei59", "Structure", "siae.ei59@example.org"));
    when(recipients.ofStructure(convention.getStructure())).thenReturn(structureRecipients);

    service.announceClosing(REFERENCE);

    verify(outbox).write("convention-closed:" + REFERENCE, structureRecipients, RenewalService.CONVENTION_CLOSED,
        Map.of("reference", REFERENCE, "structureName", "Roubaix Propreté Insertion", "department", "59",
            "end", "31 décembre 2029", "explanation", "Taux durable inférieur.",
            "preconisations", "Revoir l'accompagnement."));
  }
}
