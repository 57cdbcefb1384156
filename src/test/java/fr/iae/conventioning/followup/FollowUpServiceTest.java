package fr.iae.conventioning.followup;

import static fr.iae.conventioning.followup.FollowUpProcess.*;
import static fr.iae.conventioning.support.ServiceFixtures.CONVENTION_ID;
import static fr.iae.conventioning.support.ServiceFixtures.NOW;
import static fr.iae.conventioning.support.ServiceFixtures.REFERENCE;
import static fr.iae.conventioning.support.ServiceFixtures.clock;
import static fr.iae.conventioning.support.ServiceFixtures.conventioning;
import static fr.iae.conventioning.support.ServiceFixtures.convention;
import static fr.iae.conventioning.support.ServiceFixtures.form;
import static fr.iae.conventioning.support.ServiceFixtures.text;
import static fr.iae.conventioning.support.ServiceFixtures.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import fr.iae.conventioning.convention.AgreedMeans;
import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionService;
import fr.iae.conventioning.convention.FinalResults.FinalResult;
import fr.iae.conventioning.indicators.ExitCategory;
import fr.iae.conventioning.indicators.ExitCounts;
import fr.iae.conventioning.shared.FormValues;
import fr.iae.conventioning.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
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
import org.mockito.AdditionalAnswers;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * Stage 4 rules: the exits and FTE of a report, its review, the management dialogue, the shared analysis, and the
 * figures against the objectives and the FTE agreed at stage 3.
 */
@ExtendWith(MockitoExtension.class)
class FollowUpServiceTest {

  private static final Instant SENT = Instant.parse("2028-01-15T10:00:00Z");
  private static final String NBSP = "\u00a0";

  @Mock
  private ConventionService conventions;
  @Mock
  private AgreedMeans means;
  @Mock
  private FollowUpReportRepository reports;
  @Mock
  private ReportPublicsRepository publics;

  private final Convention convention = convention();
  private FollowUpService service;

  @BeforeEach
  void setUp() {
    service = new FollowUpService(conventions, means, reports, publics, conventioning(), clock());
  }

  /** 12 exits, 2 withdrawn: SE 10, 3 durable, 6 dynamic, network base 8. */
  private static Map<String, Object> report(Object fteRealized) {
    return values(
        "exitsDurable", 3, "exitsTransition", "2", "exitsPositive", 1.0, "exitsUnemployed", 2,
        "exitsInactive", 1, "exitsNoNews", 0, "exitsOtherKnown", 1, "exitsWithdrawn", 2,
        VAR_FTE_REALIZED, fteRealized, VAR_REPORT_COMMENT, " Deux départs en formation qualifiante. ");
  }

  private FollowUpReport submit(Map<String, Object> report) {
    return service.submit(REFERENCE, 1, false, new FormValues(report::get), "siae.ei59");
  }

  private FollowUpReport sent(boolean finalReport) {
    return new FollowUpReport(convention, finalReport ? 0 : 1, finalReport, ExitCounts.of(3, 2, 1, 2, 1, 0, 1, 2),
        new BigDecimal("8.00"), null, "siae.ei59", SENT);
  }

  private void givenConvention() {
    when(conventions.find(REFERENCE)).thenReturn(convention);
  }

  private void givenSavedAsIs() {
    when(reports.save(any())).thenAnswer(AdditionalAnswers.returnsFirstArg());
  }

  private void givenLatest(FollowUpReport latest) {
    givenConvention();
    when(reports.findFirstByConventionIdOrderBySubmittedAtDescIdDesc(CONVENTION_ID))
        .thenReturn(Optional.ofNullable(latest));
  }

  private void givenFinal(FollowUpReport finalReport) {
    when(reports.findByConventionIdAndFinalReportTrue(CONVENTION_ID)).thenReturn(Optional.ofNullable(finalReport));
  }

  // a report

  @Test
  void aPeriodicReportRecordsTheExitsAndTheFteRealised() {
    givenConvention();
    givenSavedAsIs();

    FollowUpReport report = service.submit(REFERENCE, 2, false, new FormValues(report("11,5")::get), "siae.ei59");

    assertThat(report.getConvention()).isSameAs(convention);
    assertThat(report.getPeriod()).isEqualTo(2);
    assertThat(report.isFinalReport()).isFalse();
    assertThat(report.counts().asMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
        ExitCategory.DURABLE, 3, ExitCategory.TRANSITION, 2, ExitCategory.POSITIVE, 1, ExitCategory.UNEMPLOYED, 2,
        ExitCategory.INACTIVE, 1, ExitCategory.NO_NEWS, 0, ExitCategory.OTHER_KNOWN, 1, ExitCategory.WITHDRAWN, 2));
    assertThat(report.getFteRealized()).isEqualTo(new BigDecimal("11.50"));
    assertThat(report.getReportComment()).isEqualTo("Deux départs en formation qualifiante.");
    assertThat(report.getSubmittedBy()).isEqualTo("siae.ei59");
    assertThat(report.getSubmittedAt()).isEqualTo(NOW);
  }

  private static Map<String, Object> yearly(int hires, int priority, int longTerm, int supported, int trained) {
    Map<String, Object> report = report(9);
    report.putAll(values(VAR_HIRES, hires, VAR_HIRES_PRIORITY, priority, VAR_HIRES_LONG_TERM_UNEMPLOYED, longTerm,
        VAR_HIRES_RSA, 0, VAR_HIRES_PRIORITY_NEIGHBOURHOOD, 1, VAR_HIRES_DISABLED, 0, VAR_EMPLOYEES_SUPPORTED, supported,
        VAR_EMPLOYEES_TRAINED, trained));
    return report;
  }

  @Test
  void aYearlyReportRecordsThePeopleHiredAndTheTrainingGiven() {
    givenConvention();
    givenSavedAsIs();
    when(publics.save(any())).thenAnswer(AdditionalAnswers.returnsFirstArg());

    service.submitYearly(REFERENCE, 1, new FormValues(yearly(12, 9, 5, 20, 8)::get), "siae.ei59");

    org.mockito.ArgumentCaptor<ReportPublics> saved = org.mockito.ArgumentCaptor.forClass(ReportPublics.class);
    org.mockito.Mockito.verify(publics).save(saved.capture());
    assertThat(saved.getValue().getHires()).isEqualTo(12);
    assertThat(saved.getValue().getHiresPriority()).isEqualTo(9);
    assertThat(saved.getValue().getEmployeesTrained()).isEqualTo(8);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "more priority hires than hires | 5 | 6 | 2 | 10 | 2 | ne peuvent pas dépasser les recrutements de l'année",
      "one public larger than all priority hires | 12 | 4 | 5 | 10 | 2 | est compris dans les recrutements",
      "more trained than supported | 12 | 9 | 5 | 10 | 11 | Les salariés formés (11)",
      "a negative count | -1 | 0 | 0 | 10 | 2 | ne peut pas être négatif"})
  void aYearlyReportWhoseCountsDoNotAddUpIsRefusedAndNothingIsSaved(String why, int hires, int priority, int longTerm,
      int supported, int trained, String message) {
    assertThatThrownBy(() -> service.submitYearly(REFERENCE, 1,
        new FormValues(yearly(hires, priority, longTerm, supported, trained)::get), "siae.ei59"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining(message);
    verifyNoInteractions(reports, publics);
  }

  @Test
  void aYearlyReportWithoutThePeopleHiredIsRefused() {
    assertThatThrownBy(() -> service.submitYearly(REFERENCE, 1, new FormValues(report(9)::get), "siae.ei59"))
        .hasMessage("Le champ « Recrutements de l'année » est obligatoire.");
  }

  @Test
  void theFinalReportCoversTheWholeConventionAndHasNoPeriod() {
    givenConvention();
    givenSavedAsIs();

    FollowUpReport report = service.submit(REFERENCE, 3, true, new FormValues(report(9)::get), "siae.ei59");

    assertThat(report.isFinalReport()).isTrue();
    assertThat(report.getPeriod()).isZero();
  }

  @ParameterizedTest(name = "{0} missing")
  @EnumSource(ExitCategory.class)
  void everyExitCountIsRequired(ExitCategory category) {
    Map<String, Object> report = report(8);
    report.remove(category.variable());
    assertThatThrownBy(() -> submit(report))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Le champ « Sorties — " + category.label() + " » est obligatoire.");
    verifyNoInteractions(reports);
  }

  @ParameterizedTest(name = "{0} exits")
  @CsvSource(delimiter = '|', value = {
      "-1 | Le champ « Sorties — Inactif » ne peut pas être négatif.",
      "100001 | Le champ « Sorties — Inactif » dépasse 100000 : vérifiez la saisie.",
      "2.5 | Le champ « Sorties — Inactif » doit être un nombre entier (reçu : « 2.5 »).",
      "deux | Le champ « Sorties — Inactif » doit être un nombre entier (reçu : « deux »).",
  })
  void anExitCountIsAWholeNumberFromZeroToOneHundredThousand(String count, String message) {
    Map<String, Object> report = report(8);
    report.put("exitsInactive", count);
    assertThatThrownBy(() -> submit(report))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(message);
  }

  @ParameterizedTest(name = "{0} exits")
  @ValueSource(strings = {"0", "100000", " 7 "})
  void exitCountsFromZeroToOneHundredThousandAreAccepted(String count) {
    givenConvention();
    givenSavedAsIs();
    Map<String, Object> report = report(8);
    report.put("exitsInactive", count);
    assertThat(submit(report).counts().get(ExitCategory.INACTIVE)).isEqualTo(Integer.parseInt(count.trim()));
  }

  @ParameterizedTest(name = "{0} FTE")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "-0.5 | Le nombre d'ETP d'insertion réalisés ne peut pas être négatif.",
      "-1 | Le nombre d'ETP d'insertion réalisés ne peut pas être négatif.",
      "500.01 | Le nombre d'ETP d'insertion réalisés (500,01) dépasse 500 : vérifiez la saisie.",
      " | Le champ « ETP d'insertion réalisés » est obligatoire.",
  })
  void theFteRealisedIsFromZeroToTheMaximum(String fte, String message) {
    assertThatThrownBy(() -> submit(report(fte)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(message);
    verifyNoInteractions(reports);
  }

  @ParameterizedTest(name = "{0} FTE")
  @ValueSource(strings = {"0", "0.01", "500"})
  void noFteRealisedAtAllIsAcceptedAsIsTheMaximum(String fte) {
    givenConvention();
    givenSavedAsIs();
    assertThat(submit(report(fte)).getFteRealized()).isEqualByComparingTo(fte);
  }

  @Test
  void theReportCommentIsOptionalButLimitedToFourThousandCharacters() {
    givenConvention();
    givenSavedAsIs();
    Map<String, Object> report = report(8);
    report.remove(VAR_REPORT_COMMENT);
    assertThat(submit(report).getReportComment()).isNull();

    report.put(VAR_REPORT_COMMENT, text(4_001));
    assertThatThrownBy(() -> submit(report)).hasMessage("Le champ « Commentaire » ne doit pas dépasser 4000 caractères.");
  }

  // the review and the management dialogue

  @ParameterizedTest(name = "comment [{0}]")
  @NullSource
  @ValueSource(strings = {"", "   "})
  void flaggedDifficultiesNeedAComment(String comment) {
    FormValues review = form(VAR_DIFFICULTIES, true, VAR_FOLLOW_UP_COMMENT, comment);
    assertThatThrownBy(() -> service.review(REFERENCE, review, "direccte.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("le commentaire de suivi est obligatoire quand un dialogue de gestion est demandé");
    verifyNoInteractions(reports);
  }

  @Test
  void flaggedDifficultiesAreRecordedOnTheLatestReportWithTheComment() {
    FollowUpReport latest = sent(false);
    givenLatest(latest);

    FollowUpReport reviewed = service.review(REFERENCE, form(VAR_DIFFICULTIES, "true", VAR_FOLLOW_UP_COMMENT,
        "ETP très en dessous du conventionné."), "direccte.59");

    assertThat(reviewed).isSameAs(latest);
    assertThat(reviewed.getDifficultiesFlagged()).isTrue();
    assertThat(reviewed.getFollowUpComment()).isEqualTo("ETP très en dessous du conventionné.");
    assertThat(reviewed.getReviewedBy()).isEqualTo("direccte.59");
    assertThat(reviewed.getReviewedAt()).isEqualTo(NOW);
  }

  @Test
  void aReviewWithoutDifficultiesNeedsNoComment() {
    givenLatest(sent(false));
    FollowUpReport reviewed = service.review(REFERENCE, form(VAR_DIFFICULTIES, false), "direccte.59");
    assertThat(reviewed.getDifficultiesFlagged()).isFalse();
    assertThat(reviewed.getFollowUpComment()).isNull();
  }

  @Test
  void theReviewMustSayWhetherThereAreDifficulties() {
    assertThatThrownBy(() -> service.review(REFERENCE, form(VAR_FOLLOW_UP_COMMENT, "RAS"), "direccte.59"))
        .hasMessage("Le champ « Des difficultés sont-elles à signaler ? » est obligatoire : répondez par oui ou par"
            + " non.");
  }

  @Test
  void withoutAReportThereIsNothingToReview() {
    givenLatest(null);
    assertThatThrownBy(() -> service.review(REFERENCE, form(VAR_DIFFICULTIES, false), "direccte.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Aucun bilan n'a encore été envoyé pour la convention " + REFERENCE + ".");
  }

  @ParameterizedTest(name = "outcome [{0}]")
  @NullSource
  @ValueSource(strings = {"", "  "})
  void theConclusionsOfTheManagementDialogueAreRequired(String outcome) {
    assertThatThrownBy(() -> service.dialogue(REFERENCE, form(VAR_DIALOGUE_OUTCOME, outcome), "direccte.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Le champ « Conclusions du dialogue de gestion » est obligatoire");
  }

  @Test
  void theConclusionsOfTheManagementDialogueAreRecorded() {
    FollowUpReport latest = sent(false);
    givenLatest(latest);

    service.dialogue(REFERENCE, form(VAR_DIALOGUE_OUTCOME, "Recrutement d'un encadrant technique."), "direccte.59");

    assertThat(latest.getDialogueOutcome()).isEqualTo("Recrutement d'un encadrant technique.");
    assertThat(latest.getDialogueBy()).isEqualTo("direccte.59");
    assertThat(latest.getDialogueAt()).isEqualTo(NOW);
  }

  // the shared analysis

  @Test
  void theSharedAnalysisIsRequiredAndLimitedToEightThousandCharacters() {
    assertThatThrownBy(() -> service.analyse(REFERENCE, form(VAR_SHARED_ANALYSIS, " "), "direccte.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Le champ « Analyse partagée des résultats » est obligatoire");
    assertThatThrownBy(() -> service.analyse(REFERENCE, form(VAR_SHARED_ANALYSIS, text(8_001)), "direccte.59"))
        .hasMessage("Le champ « Analyse partagée des résultats » ne doit pas dépasser 8000 caractères.");
    verifyNoInteractions(reports);
  }

  @Test
  void theSharedAnalysisWaitsForTheFinalReport() {
    givenConvention();
    givenFinal(null);
    assertThatThrownBy(() -> service.analyse(REFERENCE, form(VAR_SHARED_ANALYSIS, "Bons résultats."), "direccte.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Le bilan final de la convention " + REFERENCE + " n'a pas encore été envoyé.");
  }

  @Test
  void theSharedAnalysisIsRecordedOnTheFinalReport() {
    FollowUpReport finalReport = sent(true);
    givenConvention();
    givenFinal(finalReport);

    service.analyse(REFERENCE, form(VAR_SHARED_ANALYSIS, text(8_000)), "direccte.59");

    assertThat(finalReport.getSharedAnalysis()).hasSize(8_000);
    assertThat(finalReport.getAnalysedBy()).isEqualTo("direccte.59");
    assertThat(finalReport.getAnalysedAt()).isEqualTo(NOW);
  }

  // the figures against the objectives

  @Test
  void progressComparesTheRatesWithTheTargetsAndTheFteWithTheAgreedFte() {
    convention.agreeObjectives(new BigDecimal("25.00"), new BigDecimal("20.00"), new BigDecimal("15.00"), null, NOW);
    when(means.agreedFte(CONVENTION_ID)).thenReturn(Optional.of(new BigDecimal("10.00")));

    Progress progress = service.progress(sent(false));

    assertThat(progress.rates().examinedExits()).isEqualTo(10);
    assertThat(progress.rates().durableRate()).isEqualByComparingTo("30.0");
    assertThat(progress.rates().dynamicRate()).isEqualByComparingTo("60.0");
    assertThat(progress.rates().dynamicRateNetworkVariant()).isEqualByComparingTo("75.0");
    assertThat(progress.targetDurable()).isEqualByComparingTo("25");
    assertThat(progress.targetDynamic()).isEqualByComparingTo("60");
    assertThat(progress.fteRealized()).isEqualByComparingTo("8");
    assertThat(progress.fteAgreed()).isEqualByComparingTo("10");
    assertThat(progress.fteRatio()).isEqualByComparingTo("80.0");
    assertThat(progress.text())
        .contains("Sorties examinées : **10** (sur 12 sorties, dont 2 retirées)")
        .contains("emploi durable : **30,0" + NBSP + "%** (objectif 25,0" + NBSP + "%)")
        .contains("sorties dynamiques : **60,0" + NBSP + "%** (objectif 60,0" + NBSP + "%)")
        .contains("ETP réalisés : **8** pour 10 conventionnés (80,0" + NBSP + "%)");
  }

  @Test
  void withoutAnAgreedFteTheFteRatioIsUndefined() {
    convention.agreeObjectives(new BigDecimal("25.00"), new BigDecimal("20.00"), new BigDecimal("15.00"), null, NOW);
    when(means.agreedFte(CONVENTION_ID)).thenReturn(Optional.empty());

    Progress progress = service.progress(sent(false));

    assertThat(progress.fteAgreed()).isNull();
    assertThat(progress.fteRatio()).isNull();
    assertThat(progress.text()).contains("ETP réalisés : **8** pour — conventionnés (—)");
  }

  @Test
  void withoutAgreedObjectivesTheTargetsAreUndefined() {
    when(means.agreedFte(CONVENTION_ID)).thenReturn(Optional.of(new BigDecimal("10.00")));

    Progress progress = service.progress(sent(false));

    assertThat(progress.targetDurable()).isNull();
    assertThat(progress.targetDynamic()).isNull();
    assertThat(progress.text()).contains("(objectif —)");
  }

  @Test
  void theFinalResultsGiveTheRenewalTheProgressAndTheSharedAnalysis() {
    FollowUpReport finalReport = sent(true);
    finalReport.analyse("Contexte local dégradé.", "direccte.59", NOW);
    givenFinal(finalReport);
    when(means.agreedFte(CONVENTION_ID)).thenReturn(Optional.of(new BigDecimal("10.00")));

    Optional<FinalResult> results = service.of(CONVENTION_ID);

    assertThat(results).isPresent();
    assertThat(results.get().progress()).isEqualTo(service.progress(finalReport).text());
    assertThat(results.get().sharedAnalysis()).isEqualTo("Contexte local dégradé.");
  }

  @Test
  void withoutFinalReportThereAreNoFinalResults() {
    givenFinal(null);
    assertThat(service.of(CONVENTION_ID)).isEmpty();
  }
}
