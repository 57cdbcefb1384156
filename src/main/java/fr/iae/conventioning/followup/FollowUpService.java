package fr.iae.conventioning.followup;

import static fr.iae.conventioning.followup.FollowUpProcess.*;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionService;
import fr.iae.conventioning.convention.AgreedMeans;
import fr.iae.conventioning.convention.FinalResults;
import fr.iae.conventioning.indicators.ExitCounts;
import fr.iae.conventioning.indicators.ExitRates;
import fr.iae.conventioning.shared.ConventioningProperties;
import fr.iae.conventioning.shared.FormValues;
import fr.iae.conventioning.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stage 4: the structure's reports (periodic and final), their review by the State service, the management
 * dialogue when difficulties are flagged, and the shared analysis of the results.
 */
@Service
class FollowUpService implements FinalResults {

  static final int MAX_TEXT = 4_000;
  static final int MAX_ANALYSIS = 8_000;

  private final ConventionService conventions;
  private final AgreedMeans means;
  private final FollowUpReportRepository reports;
  private final ConventioningProperties conventioning;
  private final Clock clock;

  FollowUpService(ConventionService conventions, AgreedMeans means, FollowUpReportRepository reports,
      ConventioningProperties conventioning, Clock clock) {
    this.conventions = conventions;
    this.means = means;
    this.reports = reports;
    this.conventioning = conventioning;
    this.clock = clock;
  }

  @Transactional
  public FollowUpReport submit(String reference, int period, boolean finalReport, FormValues form, String userId) {
    ExitCounts counts = ExitCounts.from(form);
    BigDecimal fte = form.fte(VAR_FTE_REALIZED, "ETP d'insertion réalisés", true, conventioning.maxFte());
    String comment = form.optionalText(VAR_REPORT_COMMENT, "Commentaire", MAX_TEXT);
    Convention convention = conventions.find(reference);
    return reports.save(new FollowUpReport(convention, finalReport ? 0 : period, finalReport, counts, fte, comment,
        userId, clock.instant()));
  }

  @Transactional
  public FollowUpReport review(String reference, FormValues form, String userId) {
    boolean difficulties = form.bool(VAR_DIFFICULTIES, "Des difficultés sont-elles à signaler ?");
    String comment = form.optionalText(VAR_FOLLOW_UP_COMMENT, "Commentaire de suivi", MAX_TEXT);
    if (difficulties && comment == null) {
      throw new InvalidInputException("Décrivez les difficultés repérées : le commentaire de suivi est obligatoire"
          + " quand un dialogue de gestion est demandé.");
    }
    FollowUpReport report = latest(reference);
    report.review(difficulties, comment, userId, clock.instant());
    return report;
  }

  @Transactional
  public FollowUpReport dialogue(String reference, FormValues form, String userId) {
    String outcome = form.text(VAR_DIALOGUE_OUTCOME, "Conclusions du dialogue de gestion", MAX_TEXT,
        "Le champ « Conclusions du dialogue de gestion » est obligatoire : résumez ce qui a été constaté et décidé.");
    FollowUpReport report = latest(reference);
    report.recordDialogue(outcome, userId, clock.instant());
    return report;
  }

  @Transactional
  public FollowUpReport analyse(String reference, FormValues form, String userId) {
    String analysis = form.text(VAR_SHARED_ANALYSIS, "Analyse partagée des résultats", MAX_ANALYSIS,
        "Le champ « Analyse partagée des résultats » est obligatoire : les résultats au regard des indicateurs et du"
            + " contexte.");
    FollowUpReport report = reports.findByConventionIdAndFinalReportTrue(conventions.find(reference).getId())
        .orElseThrow(() -> new InvalidInputException("Le bilan final de la convention " + reference
            + " n'a pas encore été envoyé."));
    report.analyse(analysis, userId, clock.instant());
    return report;
  }

  /** A report against the objectives and the agreed FTE. */
  @Transactional(readOnly = true)
  public Progress progress(FollowUpReport report) {
    Convention convention = report.getConvention();
    BigDecimal targetDurable = convention.getTargetDurable();
    BigDecimal targetDynamic = targetDurable == null ? null
        : targetDurable.add(convention.getTargetTransition()).add(convention.getTargetPositive());
    BigDecimal agreedFte = means.agreedFte(convention.getId()).orElse(null);
    ExitCounts counts = report.counts();
    return new Progress(counts, ExitRates.of(counts), targetDurable, targetDynamic, report.getFteRealized(),
        agreedFte);
  }

  @Transactional(readOnly = true)
  public FollowUpReport latest(String reference) {
    return reports.findFirstByConventionIdOrderBySubmittedAtDescIdDesc(conventions.find(reference).getId())
        .orElseThrow(() -> new InvalidInputException("Aucun bilan n'a encore été envoyé pour la convention "
            + reference + "."));
  }

  @Transactional(readOnly = true)
  public List<FollowUpReport> reports(Long conventionId) {
    return reports.findByConventionIdOrderByFinalReportAscPeriodAsc(conventionId);
  }

  @Transactional(readOnly = true)
  public Optional<FollowUpReport> finalReport(Long conventionId) {
    return reports.findByConventionIdAndFinalReportTrue(conventionId);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<FinalResult> of(Long conventionId) {
    return finalReport(conventionId).map(report -> new FinalResult(progress(report).text(), report.getSharedAnalysis()));
  }

}
