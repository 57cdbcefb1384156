package fr.iae.conventioning.annex;

import static fr.iae.conventioning.support.ServiceFixtures.CONVENTION_ID;
import static fr.iae.conventioning.support.ServiceFixtures.REFERENCE;
import static fr.iae.conventioning.support.ServiceFixtures.clock;
import static fr.iae.conventioning.support.ServiceFixtures.conventioning;
import static fr.iae.conventioning.support.ServiceFixtures.convention;
import static fr.iae.conventioning.support.ServiceFixtures.structure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionService;
import fr.iae.conventioning.shared.ConflictException;
import fr.iae.conventioning.shared.InvalidInputException;
import fr.iae.conventioning.structure.StructureKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The annexes of a three-year ACI convention from 1 January 2027, priced at amounts that change every year (a table
 * of the test's own, 20 000 € in 2027, 21 000 € in 2028, 22 000 € in 2029).
 */
class AnnexServiceTest {

  private final List<FinancialAnnex> saved = new ArrayList<>();
  private final Convention convention = convention(structure(StructureKind.ACI, "59"), LocalDate.of(2027, 1, 1), 36);
  private AnnexService service;

  @BeforeEach
  void setUp() {
    ConventionService conventions = mock(ConventionService.class);
    lenient().when(conventions.find(REFERENCE)).thenReturn(convention);
    FinancialAnnexRepository repository = mock(FinancialAnnexRepository.class);
    lenient().when(repository.save(any())).thenAnswer(call -> {
      FinancialAnnex annex = call.getArgument(0);
      if (annex.getId() == null) {
        ReflectionTestUtils.setField(annex, "id", (long) saved.size() + 1);
        saved.add(annex);
      }
      return annex;
    });
    lenient().when(repository.findByConventionIdOrderByYearIndexAscAmendmentAscIdAsc(CONVENTION_ID))
        .thenAnswer(call -> saved.stream().sorted(Comparator.comparingInt(FinancialAnnex::getYearIndex)
            .thenComparingInt(FinancialAnnex::getAmendment).thenComparing(FinancialAnnex::getId)).toList());
    AidCalculator aid = new AidCalculator(new AidProperties(Map.of(StructureKind.ACI, Map.of(
        2027, new BigDecimal("20000"), 2028, new BigDecimal("21000"), 2029, new BigDecimal("22000"))), BigDecimal.TEN));
    service = new AnnexService(conventions, repository, aid, new ModulationProperties(40, 20, 40,
        new BigDecimal("80"), new BigDecimal("50"), new BigDecimal("100")), conventioning(), clock());
  }

  private static ModulationEvidence goodYear() {
    // 75 % priority hires, 50 % trained, dynamic exits at their target: 0.9375 × 40 + 1 × 20 + 1 × 40 → 9,8 %
    return new ModulationEvidence(16, 12, 6, 4, 2, 1, 20, 10, new BigDecimal("60"), new BigDecimal("60"));
  }

  private FinancialAnnex signedYear(int year, String fte, String rate) {
    AnnexService.Draft draft = service.draft(REFERENCE, year, goodYear());
    String number = draft.annex().getNumber();
    service.propose(REFERENCE, number, new BigDecimal(fte), new BigDecimal(rate),
        new BigDecimal(rate).compareTo(draft.proposal().rate()) == 0 ? null : "Effort de formation à confirmer.",
        "direccte.59");
    service.structureAnswer(REFERENCE, number, true, null, "siae.aci59");
    return service.prefectAnswer(REFERENCE, number, true, null, "prefet.59");
  }

  @Test
  void eachYearsAnnexIsPricedAtTheAmountOfItsOwnYear() {
    FinancialAnnex first = service.openFirst(REFERENCE, new BigDecimal("10"), new BigDecimal("2"));
    assertThat(first.getNumber()).isEqualTo("A0M0");
    assertThat(first.getStatus()).isEqualTo(AnnexStatus.VALIDE);
    assertThat(first.isSignedWithConvention()).isTrue();
    assertThat(first.getUnitAmountYear()).isEqualTo(2027);
    assertThat(first.getBaseAmount()).isEqualByComparingTo("200000.00");
    assertThat(first.getTotalAmount()).isEqualByComparingTo("204000.00");

    FinancialAnnex second = signedYear(1, "11", "9.8");
    assertThat(second.getNumber()).isEqualTo("A1M0");
    assertThat(second.getUnitAmountYear()).isEqualTo(2028);
    assertThat(second.getBaseAmount()).isEqualByComparingTo("231000.00");
    assertThat(second.getModulatedAmount()).isEqualByComparingTo("22638.00");
    assertThat(second.getStructureSignedBy()).isEqualTo("siae.aci59");
    assertThat(second.getPrefectSignedBy()).isEqualTo("prefet.59");
    assertThat(first.getStatus()).as("the year before is closed").isEqualTo(AnnexStatus.CLOTURE);

    FinancialAnnex third = signedYear(2, "11", "8");
    assertThat(third.getNumber()).isEqualTo("A2M0");
    assertThat(third.getUnitAmountYear()).isEqualTo(2029);
    assertThat(third.getBaseAmount()).isEqualByComparingTo("242000.00");
    assertThat(third.getModulationReason()).isEqualTo("Effort de formation à confirmer.");

    service.closeAll(REFERENCE);
    assertThat(saved).extracting(FinancialAnnex::getStatus).containsOnly(AnnexStatus.CLOTURE);
    // opening again (a re-run of stage 4's start) adds nothing
    service.openFirst(REFERENCE, BigDecimal.ONE, BigDecimal.ZERO);
    assertThat(saved).hasSize(3);
  }

  @Test
  void theDraftProposesTheCriteriasRateAndTheFteInForce() {
    service.openFirst(REFERENCE, new BigDecimal("10"), new BigDecimal("2"));

    AnnexService.Draft draft = service.draft(REFERENCE, 1, goodYear());

    assertThat(draft.annex().getStatus()).isEqualTo(AnnexStatus.BROUILLON);
    assertThat(draft.annex().getFte()).isEqualByComparingTo("10");
    assertThat(draft.proposal().rate()).isEqualByComparingTo("9.8");
    assertThat(draft.annex().getModulationRate()).isEqualByComparingTo("9.8");
    assertThat(AnnexTexts.evidence(draft.annex().evidence(), draft.proposal()))
        .contains("12 recrutements sur 16", "75,0", "10 salariés formés sur 20", "9,8 %");
  }

  @Test
  void aRateAwayFromTheCriteriaNeedsAReasonAndNeverExceedsTenPercent() {
    service.openFirst(REFERENCE, new BigDecimal("10"), new BigDecimal("2"));
    service.draft(REFERENCE, 1, goodYear());

    assertThatThrownBy(() -> service.propose(REFERENCE, "A1M0", BigDecimal.TEN, new BigDecimal("5"), null, "direccte.59"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Motif de l'ajustement");
    assertThatThrownBy(() -> service.propose(REFERENCE, "A1M0", BigDecimal.TEN, new BigDecimal("10.5"), "Bonus",
        "direccte.59")).hasMessageContaining("compris entre 0 et 10 %");
    assertThat(saved.get(1).getStatus()).as("nothing half-saved").isEqualTo(AnnexStatus.BROUILLON);
  }

  @Test
  void remarksRejectTheProposalAndTheNextDraftStartsFromIt() {
    service.openFirst(REFERENCE, new BigDecimal("10"), new BigDecimal("2"));
    service.draft(REFERENCE, 1, goodYear());
    service.propose(REFERENCE, "A1M0", new BigDecimal("9"), new BigDecimal("9.8"), null, "direccte.59");
    assertThatThrownBy(() -> service.structureAnswer(REFERENCE, "A1M0", false, " ", "siae.aci59"))
        .hasMessageContaining("Remarques de la structure");

    service.structureAnswer(REFERENCE, "A1M0", false, "Nous demandons 10 ETP.", "siae.aci59");
    AnnexService.Draft again = service.draft(REFERENCE, 1, goodYear());

    assertThat(saved.get(1).getStatus()).isEqualTo(AnnexStatus.REJETE);
    assertThat(again.annex()).isNotSameAs(saved.get(1));
    assertThat(again.annex().getNumber()).isEqualTo("A1M0");
    assertThat(again.annex().getFte()).isEqualByComparingTo("9");
    assertThat(again.sentBack()).isEqualTo("Nous demandons 10 ETP.");
  }

  @Test
  void anAmendmentChangesTheFteOfTheAnnexInForceAndReplacesItOnceSigned() {
    service.openFirst(REFERENCE, new BigDecimal("10"), new BigDecimal("2"));
    FinancialAnnex second = signedYear(1, "11", "9.8");

    FinancialAnnex amendment = service.requestAmendment(REFERENCE, "A1M0", new BigDecimal("13"),
        "Reprise d'un chantier de la commune.", "direccte.59");

    assertThat(amendment.getNumber()).isEqualTo("A1M1");
    assertThat(amendment.getStatus()).isEqualTo(AnnexStatus.SAISI);
    assertThat(amendment.getAmends()).isSameAs(second);
    assertThat(amendment.getUnitAmountYear()).isEqualTo(2028);
    assertThat(amendment.getBaseAmount()).isEqualByComparingTo("273000.00");
    assertThat(amendment.getModulationRate()).isEqualByComparingTo("9.8");
    assertThatThrownBy(() -> service.requestAmendment(REFERENCE, "A1M0", new BigDecimal("14"), "Encore", "direccte.59"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("L'avenant A1M1 est en cours");
    assertThatThrownBy(() -> service.requestAmendment(REFERENCE, "A0M0", new BigDecimal("14"), "Trop tard",
        "direccte.59")).isInstanceOf(ConflictException.class).hasMessageContaining("Seule l'annexe en vigueur");

    service.structureAnswer(REFERENCE, "A1M1", true, null, "siae.aci59");
    service.prefectAnswer(REFERENCE, "A1M1", true, null, "prefet.59");

    assertThat(amendment.getStatus()).isEqualTo(AnnexStatus.VALIDE);
    assertThat(second.getStatus()).isEqualTo(AnnexStatus.HISTORISE);
    assertThat(service.requestAmendment(REFERENCE, "A1M1", new BigDecimal("12"), "Fin du chantier", "direccte.59")
        .getNumber()).isEqualTo("A1M2");
  }

  @Test
  void theStateServicesDraftIsNotServedAsADocument() {
    service.openFirst(REFERENCE, new BigDecimal("10"), new BigDecimal("2"));
    service.draft(REFERENCE, 1, goodYear());

    assertThatThrownBy(() -> service.find(convention, "A1M0")).hasMessageContaining("n'a pas d'annexe A1M0 proposée");
    service.propose(REFERENCE, "A1M0", BigDecimal.TEN, new BigDecimal("9.8"), null, "direccte.59");
    assertThat(service.find(convention, "a1m0").getStatus()).isEqualTo(AnnexStatus.SAISI);
  }

  @Test
  void anAmendmentSignedAfterTheNextYearsAnnexIsClosedWithItsYear() {
    service.openFirst(REFERENCE, new BigDecimal("10"), new BigDecimal("2"));
    FinancialAnnex amendment = service.requestAmendment(REFERENCE, "A0M0", new BigDecimal("12"), "Chantier",
        "direccte.59");
    signedYear(1, "11", "9.8");
    service.structureAnswer(REFERENCE, "A0M1", true, null, "siae.aci59");
    service.prefectAnswer(REFERENCE, "A0M1", true, null, "prefet.59");

    assertThat(amendment.getStatus()).isEqualTo(AnnexStatus.CLOTURE);
    assertThat(saved.get(0).getStatus()).isEqualTo(AnnexStatus.HISTORISE);
    assertThat(AnnexService.inForce(saved).orElseThrow().getNumber()).isEqualTo("A1M0");
  }

  @Test
  void anAmendmentLeftOpenAtTheEndIsCancelled() {
    service.openFirst(REFERENCE, new BigDecimal("10"), new BigDecimal("2"));
    FinancialAnnex amendment = service.requestAmendment(REFERENCE, "A0M0", new BigDecimal("8"), "Baisse d'activité",
        "direccte.59");
    assertThatThrownBy(() -> service.requestAmendment(REFERENCE, "A0M0", BigDecimal.TEN, "Même nombre",
        "direccte.59")).isInstanceOf(ConflictException.class);

    service.closeAll(REFERENCE);

    assertThat(amendment.getStatus()).isEqualTo(AnnexStatus.ANNULE);
    assertThat(saved.get(0).getStatus()).isEqualTo(AnnexStatus.CLOTURE);
  }
}
