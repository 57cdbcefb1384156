package fr.iae.conventioning.funding.conference;

import static fr.iae.conventioning.funding.MeansNegotiationProcess.VAR_AGREED_FTE;
import static fr.iae.conventioning.funding.MeansNegotiationProcess.VAR_CONFERENCE_DATE;
import static fr.iae.conventioning.funding.MeansNegotiationProcess.VAR_FUNDERS;
import static fr.iae.conventioning.funding.MeansNegotiationProcess.VAR_FUNDING_AMOUNT;
import static fr.iae.conventioning.funding.MeansNegotiationProcess.VAR_FUNDING_COMMITTED;
import static fr.iae.conventioning.funding.MeansNegotiationProcess.VAR_FUNDING_NATURE;
import static fr.iae.conventioning.funding.MeansNegotiationProcess.VAR_MODULATION_RATE;
import static fr.iae.conventioning.support.ServiceFixtures.CONVENTION_ID;
import static fr.iae.conventioning.support.ServiceFixtures.NOW;
import static fr.iae.conventioning.support.ServiceFixtures.PARIS;
import static fr.iae.conventioning.support.ServiceFixtures.REFERENCE;
import static fr.iae.conventioning.support.ServiceFixtures.clock;
import static fr.iae.conventioning.support.ServiceFixtures.clockAt;
import static fr.iae.conventioning.support.ServiceFixtures.conventioning;
import static fr.iae.conventioning.support.ServiceFixtures.convention;
import static fr.iae.conventioning.support.ServiceFixtures.form;
import static fr.iae.conventioning.support.ServiceFixtures.structure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import fr.iae.conventioning.annex.AidCalculator;
import fr.iae.conventioning.annex.AidProperties;
import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionService;
import fr.iae.conventioning.deadline.WorkingDayCalendar;
import fr.iae.conventioning.funder.Funder;
import fr.iae.conventioning.funder.FunderService;
import fr.iae.conventioning.funding.FundingProperties;
import fr.iae.conventioning.shared.FormValues;
import fr.iae.conventioning.shared.InvalidInputException;
import fr.iae.conventioning.structure.StructureKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.AdditionalAnswers;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.quality.Strictness;

/**
 * Stage 3 rules of the funders' conference: who is invited and when, each funder's answer, and the State service's
 * summary from which the aid is computed.
 */
@ExtendWith(MockitoExtension.class)
class ConferenceServiceTest {

  private static final LocalDate CONFERENCE_DAY = LocalDate.of(2027, 4, 15);

  @Mock
  private ConventionService conventions;
  @Mock
  private FunderService funders;
  @Mock
  private FundersConferenceRepository conferences;

  private final AidCalculator aid = new AidCalculator(new AidProperties(Map.of(
      StructureKind.EI, Map.of(2014, new BigDecimal("10000"), 2016, new BigDecimal("10143")),
      StructureKind.ACI, Map.of(2016, new BigDecimal("19474"), 2022, new BigDecimal("21096"))),
      new BigDecimal("10")));
  private final Funder cd59 = funder("cd59", true);
  private final Funder region = funder("region-hdf", true);
  private Convention convention = convention();
  private ConferenceService service;

  @BeforeEach
  void setUp() {
    service = service(clock());
  }

  private ConferenceService service(Clock clock) {
    return new ConferenceService(conventions, funders, conferences, aid, new FundingProperties(5), conventioning(),
        new WorkingDayCalendar(), clock);
  }

  /** Funders belong to the register's module; its constructor is not ours to call. */
  private static Funder funder(String code, boolean active) {
    Funder funder = mock(Funder.class, withSettings().strictness(Strictness.LENIENT));
    when(funder.getCode()).thenReturn(code);
    when(funder.isActive()).thenReturn(active);
    return funder;
  }

  private void givenFunders(Funder... registered) {
    for (Funder funder : registered) {
      String code = funder.getCode();
      when(funders.lookup(code)).thenReturn(Optional.of(funder));
    }
  }

  private void givenLastConference(FundersConference last) {
    when(conventions.find(REFERENCE)).thenReturn(convention);
    when(conferences.findFirstByConventionIdOrderByNumberDesc(CONVENTION_ID)).thenReturn(Optional.ofNullable(last));
  }

  private FundersConference conference(Funder... invited) {
    FundersConference conference = new FundersConference(convention, 1, CONFERENCE_DAY, "direccte.59",
        NOW.minusSeconds(86_400));
    Arrays.stream(invited).forEach(conference::invite);
    return conference;
  }

  private FundingCommitment commitmentOf(FundersConference conference, String code) {
    return conference.getCommitments().stream().filter(c -> c.getFunder().getCode().equals(code)).findFirst()
        .orElseThrow();
  }

  private static FormValues invitation(Object funderCodes, Object date) {
    return form(VAR_FUNDERS, funderCodes, VAR_CONFERENCE_DATE, date);
  }

  // preparing the conference

  @Test
  void theChosenFundersAreInvitedToTheFirstConference() {
    givenFunders(cd59, region);
    givenLastConference(null);
    when(conferences.save(any())).thenAnswer(AdditionalAnswers.returnsFirstArg());

    FundersConference conference = service.prepare(REFERENCE, invitation(List.of("cd59", " region-hdf ", "cd59"),
        "2027-04-15"), "direccte.59");

    assertThat(conference.getNumber()).isEqualTo(1);
    assertThat(conference.getConvention()).isSameAs(convention);
    assertThat(conference.getConferenceDate()).isEqualTo(CONFERENCE_DAY);
    assertThat(conference.getPreparedBy()).isEqualTo("direccte.59");
    assertThat(conference.getPreparedAt()).isEqualTo(NOW);
    assertThat(conference.getCommitments()).extracting(FundingCommitment::getFunder).containsExactly(cd59, region);
    assertThat(conference.getCommitments()).extracting(FundingCommitment::getStatus)
        .containsOnly(CommitmentStatus.INVITED);
    assertThat(conference.isSummarized()).isFalse();
  }

  @Test
  void aLaterConferenceTakesTheNextNumber() {
    givenFunders(cd59);
    givenLastConference(conference(cd59));
    when(conferences.save(any())).thenAnswer(AdditionalAnswers.returnsFirstArg());

    assertThat(service.prepare(REFERENCE, invitation("[\"cd59\"]", "2027-04-15"), "direccte.59").getNumber())
        .isEqualTo(2);
  }

  static Stream<Object> noFunder() {
    return Stream.of(List.of(), List.of(" ", ""), "", "  ", "[]");
  }

  @ParameterizedTest(name = "funders {0}")
  @NullSource
  @MethodSource("noFunder")
  void atLeastOneFunderIsInvited(Object funderCodes) {
    assertThatThrownBy(() -> service.prepare(REFERENCE, invitation(funderCodes, "2027-04-15"), "direccte.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Invitez au moins un financeur à la conférence des financeurs.");
    verifyNoInteractions(conferences);
  }

  @Test
  void anUnknownFunderIsRefused() {
    givenFunders(cd59);
    when(funders.lookup("cd99")).thenReturn(Optional.empty());
    assertThatThrownBy(() -> service.prepare(REFERENCE, invitation(List.of("cd59", "cd99"), "2027-04-15"),
        "direccte.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Le financeur « cd99 » n'existe pas dans le registre ou n'est plus actif.");
    verifyNoInteractions(conferences);
  }

  @Test
  void aFunderNoLongerActiveIsRefused() {
    givenFunders(funder("plie-lille", false));
    assertThatThrownBy(() -> service.prepare(REFERENCE, invitation(List.of("plie-lille"), "2027-04-15"),
        "direccte.59"))
        .hasMessage("Le financeur « plie-lille » n'existe pas dans le registre ou n'est plus actif.");
  }

  @Test
  void theFundersAreAListOfCodes() {
    assertThatThrownBy(() -> service.prepare(REFERENCE, invitation("cd59", "2027-04-15"), "direccte.59"))
        .hasMessageContaining("doit être une liste de codes de financeurs");
  }

  @ParameterizedTest(name = "date [{0}]")
  @NullSource
  @ValueSource(strings = {"", "15/04/2027", "2027-02-30"})
  void theConferenceDateIsRequiredAsAnIsoDate(String date) {
    givenFunders(cd59);
    assertThatThrownBy(() -> service.prepare(REFERENCE, invitation(List.of("cd59"), date), "direccte.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Le champ « Date de la conférence des financeurs »");
  }

  @ParameterizedTest(name = "on {0} in {1}: from {2}")
  @CsvSource({
      "2027-03-10, 59, 2027-03-17, 17 mars 2027",   // Wednesday: five working days run over the weekend
      "2027-03-12, 59, 2027-03-19, 19 mars 2027",   // Friday
      "2027-03-22, 59, 2027-03-30, 30 mars 2027",   // Easter Monday is not a working day
      "2027-03-22, 57, 2027-03-31, 31 mars 2027",   // in Moselle, Good Friday is not either
      "2027-05-03, 59, 2027-05-11, 11 mai 2027",    // Ascension Day
  })
  void theConferenceLeavesTheFundersTheMinimumNoticeInWorkingDays(LocalDate today, String department,
      LocalDate earliest, String earliestText) {
    convention = convention(structure(StructureKind.EI, department), LocalDate.of(2027, 6, 1), 36);
    ConferenceService onThatDay = service(clockAt(ZonedDateTime.of(today, LocalTime.of(10, 0), PARIS).toInstant()));
    givenFunders(cd59);
    givenLastConference(null);
    when(conferences.save(any())).thenAnswer(AdditionalAnswers.returnsFirstArg());

    assertThatThrownBy(() -> onThatDay.prepare(REFERENCE, invitation(List.of("cd59"), earliest.minusDays(1)),
        "direccte.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("La conférence des financeurs doit laisser aux financeurs au moins 5 jours ouvrés pour répondre :"
            + " choisissez une date à partir du " + earliestText + ".");
    assertThat(onThatDay.prepare(REFERENCE, invitation(List.of("cd59"), earliest.toString()), "direccte.59")
        .getConferenceDate()).isEqualTo(earliest);
  }

  // a funder's answer

  @Test
  void aCommitmentRecordsItsAmountAndNature() {
    FundersConference conference = conference(cd59, region);
    givenLastConference(conference);

    FundingCommitment commitment = service.commit(REFERENCE, "cd59", form(VAR_FUNDING_COMMITTED, true,
        VAR_FUNDING_AMOUNT, "15000,505", VAR_FUNDING_NATURE, "FINANCIAL"), "financeur.cd59");

    assertThat(commitment).isSameAs(commitmentOf(conference, "cd59"));
    assertThat(commitment.getStatus()).isEqualTo(CommitmentStatus.COMMITTED);
    assertThat(commitment.getAmount()).isEqualTo(new BigDecimal("15000.51"));
    assertThat(commitment.getNature()).isEqualTo(FundingNature.FINANCIAL);
    assertThat(commitment.getAnsweredBy()).isEqualTo("financeur.cd59");
    assertThat(commitment.getAnsweredAt()).isEqualTo(NOW);
    assertThat(commitmentOf(conference, "region-hdf").getStatus()).isEqualTo(CommitmentStatus.INVITED);
  }

  @ParameterizedTest(name = "amount [{0}]")
  @NullSource
  @ValueSource(strings = {"", "  "})
  void aCommitmentWithoutAmountIsRefused(String amount) {
    FormValues answer = form(VAR_FUNDING_COMMITTED, true, VAR_FUNDING_AMOUNT, amount, VAR_FUNDING_NATURE, "DLA");
    assertThatThrownBy(() -> service.commit(REFERENCE, "cd59", answer, "financeur.cd59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Indiquez le montant engagé (0 € pour un engagement qui n'est pas financier).");
    verifyNoInteractions(conferences);
  }

  @ParameterizedTest(name = "amount {0}")
  @ValueSource(strings = {"-0.01", "-1500"})
  void aNegativeAmountIsRefused(String amount) {
    FormValues answer = form(VAR_FUNDING_COMMITTED, true, VAR_FUNDING_AMOUNT, amount, VAR_FUNDING_NATURE, "FINANCIAL");
    assertThatThrownBy(() -> service.commit(REFERENCE, "cd59", answer, "financeur.cd59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Le montant engagé ne peut pas être négatif.");
  }

  @Test
  void aNonNumericAmountIsRefused() {
    FormValues answer = form(VAR_FUNDING_COMMITTED, true, VAR_FUNDING_AMOUNT, "beaucoup", VAR_FUNDING_NATURE, "DLA");
    assertThatThrownBy(() -> service.commit(REFERENCE, "cd59", answer, "financeur.cd59"))
        .hasMessageStartingWith("Le champ « Montant engagé » doit être un nombre");
  }

  @Test
  void aCommitmentInKindMayBeZeroEuros() {
    FundersConference conference = conference(cd59);
    givenLastConference(conference);

    FundingCommitment commitment = service.commit(REFERENCE, "cd59", form(VAR_FUNDING_COMMITTED, true,
        VAR_FUNDING_AMOUNT, 0, VAR_FUNDING_NATURE, "EMPLOYMENT_SERVICES"), "financeur.cd59");

    assertThat(commitment.getAmount()).isEqualByComparingTo("0");
    assertThat(commitment.getNature()).isEqualTo(FundingNature.EMPLOYMENT_SERVICES);
  }

  @ParameterizedTest(name = "nature [{0}]")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      " | Choisissez la nature de l'engagement : FINANCIAL (Financement), EMPLOYMENT_SERVICES",
      "MONEY | La nature d'engagement « MONEY » est inconnue : choisissez FINANCIAL (Financement),",
      "financial | La nature d'engagement « financial » est inconnue",
  })
  void aCommitmentNeedsANatureFromTheList(String nature, String message) {
    FormValues answer = form(VAR_FUNDING_COMMITTED, true, VAR_FUNDING_AMOUNT, 1000, VAR_FUNDING_NATURE, nature);
    assertThatThrownBy(() -> service.commit(REFERENCE, "cd59", answer, "financeur.cd59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(message)
        .hasMessageContaining("DLA (Accompagnement DLA), PARTNERSHIP (Partenariat), OTHER (Autre).");
  }

  @Test
  void aRefusalNeedsNeitherAmountNorNature() {
    FundersConference conference = conference(cd59);
    givenLastConference(conference);

    FundingCommitment commitment = service.commit(REFERENCE, "cd59", form(VAR_FUNDING_COMMITTED, "false",
        VAR_FUNDING_AMOUNT, "-5", VAR_FUNDING_NATURE, "MONEY"), "financeur.cd59");

    assertThat(commitment.getStatus()).isEqualTo(CommitmentStatus.DECLINED);
    assertThat(commitment.getAmount()).isNull();
    assertThat(commitment.getNature()).isNull();
    assertThat(conference.fundersTotal()).isEqualByComparingTo("0");
  }

  @Test
  void theFunderMustSayWhetherItCommits() {
    assertThatThrownBy(() -> service.commit(REFERENCE, "cd59", form(VAR_FUNDING_AMOUNT, 1000), "financeur.cd59"))
        .hasMessage("Le champ « Le financeur s'engage-t-il ? » est obligatoire : répondez par oui ou par non.");
  }

  @ParameterizedTest(name = "after {0}")
  @ValueSource(strings = {"COMMITTED", "DECLINED", "NO_ANSWER"})
  void aFunderAnswersOnceAConference(CommitmentStatus earlier) {
    FundersConference conference = conference(cd59);
    FundingCommitment commitment = commitmentOf(conference, "cd59");
    switch (earlier) {
      case COMMITTED -> commitment.answer(true, new BigDecimal("5000.00"), FundingNature.FINANCIAL, "financeur.cd59",
          NOW);
      case DECLINED -> commitment.answer(false, null, null, "financeur.cd59", NOW);
      default -> commitment.noAnswer(NOW);
    }
    givenLastConference(conference);

    assertThatThrownBy(() -> service.commit(REFERENCE, "cd59", form(VAR_FUNDING_COMMITTED, true, VAR_FUNDING_AMOUNT,
        9000, VAR_FUNDING_NATURE, "FINANCIAL"), "financeur.cd59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Ce financeur a déjà répondu pour cette conférence.");
    assertThat(commitment.getStatus()).isEqualTo(earlier);
  }

  @Test
  void aFunderNotInvitedCannotAnswer() {
    givenLastConference(conference(cd59));
    assertThatThrownBy(() -> service.commit(REFERENCE, "region-hdf", form(VAR_FUNDING_COMMITTED, false),
        "financeur.region"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Le financeur region-hdf n'est pas invité à cette conférence.");
  }

  @Test
  void withoutAConferenceNoFunderCanAnswer() {
    givenLastConference(null);
    assertThatThrownBy(() -> service.commit(REFERENCE, "cd59", form(VAR_FUNDING_COMMITTED, false), "financeur.cd59"))
        .hasMessage("Aucune conférence des financeurs n'est préparée pour la convention " + REFERENCE + ".");
  }

  @Test
  void noAnswerIsRecordedOnlyForAFunderThatHasNotAnswered() {
    FundersConference conference = conference(cd59, region);
    commitmentOf(conference, "region-hdf").answer(false, null, null, "financeur.region", NOW.minusSeconds(60));
    givenLastConference(conference);

    service.noAnswer(REFERENCE, "cd59");
    service.noAnswer(REFERENCE, "region-hdf");

    assertThat(commitmentOf(conference, "cd59").getStatus()).isEqualTo(CommitmentStatus.NO_ANSWER);
    assertThat(commitmentOf(conference, "cd59").getAnsweredAt()).isEqualTo(NOW);
    assertThat(commitmentOf(conference, "region-hdf").getStatus()).isEqualTo(CommitmentStatus.DECLINED);
  }

  // the State service's summary

  @Test
  void theSummaryComputesTheAidFromTheAgreedFteAndTheModulation() {
    FundersConference conference = conference(cd59);
    commitmentOf(conference, "cd59").answer(true, new BigDecimal("20000.00"), FundingNature.FINANCIAL,
        "financeur.cd59", NOW);
    givenLastConference(conference);

    FundersConference summarized = service.summarize(REFERENCE, form(VAR_AGREED_FTE, "10", VAR_MODULATION_RATE, 5),
        "direccte.59");

    // EI from 2027 for 36 months: the 2016 unit amount, 10 FTE x 10 143 EUR x 36 / 12, plus 5 %
    assertThat(summarized.isSummarized()).isTrue();
    assertThat(summarized.getAgreedFte()).isEqualTo(new BigDecimal("10.00"));
    assertThat(summarized.getModulationRate()).isEqualTo(new BigDecimal("5.00"));
    assertThat(summarized.getUnitAmount()).isEqualByComparingTo("10143");
    assertThat(summarized.getUnitAmountYear()).isEqualTo(2016);
    assertThat(summarized.getBaseAid()).isEqualTo(new BigDecimal("304290.00"));
    assertThat(summarized.getModulatedAid()).isEqualTo(new BigDecimal("15214.50"));
    assertThat(summarized.stateAid()).isEqualTo(new BigDecimal("319504.50"));
    assertThat(summarized.planTotal()).isEqualByComparingTo("339504.50");
    assertThat(summarized.getSummarizedBy()).isEqualTo("direccte.59");
    assertThat(summarized.getSummarizedAt()).isEqualTo(NOW);
  }

  @Test
  void theAidUsesTheUnitAmountInForceInTheConventionsFirstYear() {
    convention = convention(structure(StructureKind.ACI, "62"), LocalDate.of(2021, 7, 1), 12);
    givenLastConference(conference(cd59));

    FundersConference summarized = service.summarize(REFERENCE, form(VAR_AGREED_FTE, 2.5, VAR_MODULATION_RATE, 0),
        "direccte.62");

    assertThat(summarized.getUnitAmountYear()).isEqualTo(2016);
    assertThat(summarized.getBaseAid()).isEqualTo(new BigDecimal("48685.00"));
    assertThat(summarized.getModulatedAid()).isEqualByComparingTo("0");
  }

  @ParameterizedTest(name = "agreed FTE {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "0 | Le nombre d'ETP d'insertion conventionnés doit être supérieur à 0.",
      "-3 | Le nombre d'ETP d'insertion conventionnés doit être supérieur à 0.",
      "500.01 | Le nombre d'ETP d'insertion conventionnés (500,01) dépasse 500 : vérifiez la saisie.",
      " | Le champ « ETP d'insertion conventionnés » est obligatoire.",
  })
  void theAgreedFteIsAboveZeroAndAtMostTheMaximum(String fte, String message) {
    assertThatThrownBy(() -> service.summarize(REFERENCE, form(VAR_AGREED_FTE, fte, VAR_MODULATION_RATE, 5),
        "direccte.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(message);
    verifyNoInteractions(conferences);
  }

  @ParameterizedTest(name = "modulation {0} %")
  @ValueSource(strings = {"-0.5", "10.01", "15"})
  void theModulationStaysBetweenZeroAndTheMaximumRate(String rate) {
    FundersConference conference = conference(cd59);
    givenLastConference(conference);
    assertThatThrownBy(() -> service.summarize(REFERENCE, form(VAR_AGREED_FTE, 10, VAR_MODULATION_RATE, rate),
        "direccte.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Le taux de modulation doit être compris entre 0 et 10 %");
    assertThat(conference.isSummarized()).isFalse();
  }

  @Test
  void theModulationRateIsRequired() {
    assertThatThrownBy(() -> service.summarize(REFERENCE, form(VAR_AGREED_FTE, 10), "direccte.59"))
        .hasMessage("Le champ « Taux de modulation » est obligatoire.");
  }

  @Test
  void aKindWithoutConfiguredUnitAmountsCannotBeSummarized() {
    convention = convention(structure(StructureKind.EITI, "59"), LocalDate.of(2027, 1, 1), 24);
    givenLastConference(conference(cd59));
    assertThatThrownBy(() -> service.summarize(REFERENCE, form(VAR_AGREED_FTE, 10, VAR_MODULATION_RATE, 0),
        "direccte.59"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("conventioning.aid.unit-amounts.EITI");
  }

  // what later stages read

  @Test
  void theAgreedFteIsTheOneOfTheLatestConferenceOnceSummedUp() {
    FundersConference summarized = conference(cd59);
    summarized.summarize(new BigDecimal("12.50"), BigDecimal.ZERO, aid.compute(StructureKind.EI, 2027, 36,
        new BigDecimal("12.50"), BigDecimal.ZERO), "direccte.59", NOW);
    when(conferences.findFirstByConventionIdOrderByNumberDesc(CONVENTION_ID))
        .thenReturn(Optional.of(summarized), Optional.of(conference(cd59)), Optional.empty());

    assertThat(service.agreedFte(CONVENTION_ID)).contains(new BigDecimal("12.50"));
    assertThat(service.agreedFte(CONVENTION_ID)).isEmpty();
    assertThat(service.agreedFte(CONVENTION_ID)).isEmpty();
  }

  @Test
  void theInvitedFundersAreListedByCode() {
    givenLastConference(conference(cd59, region));
    assertThat(service.invitedFunders(REFERENCE)).containsExactly("cd59", "region-hdf");
  }
}
