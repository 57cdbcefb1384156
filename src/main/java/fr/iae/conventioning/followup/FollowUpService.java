package fr.iae.conventioning.followup;

import static fr.iae.conventioning.followup.FollowUpProcess.*;

import fr.iae.conventioning.annex.ModulationEvidence;
import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionService;
import fr.iae.conventioning.convention.AgreedMeans;
import fr.iae.conventioning.convention.FinalResults;
import fr.iae.conventioning.convention.ReportedExits;
import fr.iae.conventioning.indicators.ExitCounts;
import fr.iae.conventioning.indicators.ExitRates;
import fr.iae.conventioning.shared.ConventioningProperties;
import fr.iae.conventioning.shared.FormValues;
import fr.iae.conventioning.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stage 4: the structure's reports (periodic and final), their review by the State service, the management
 * dialogue when difficulties are flagged, and the shared analysis of the results.
 */
@Service
class FollowUpService implements FinalResults, ReportedExits {

  static final int MAX_TEXT = 4_000;
  static final int MAX_ANALYSIS = 8_000;

  private final ConventionService conventions;
  private final AgreedMeans means;
  private final FollowUpReportRepository reports;
  private final ReportPublicsRepository publics;
  private final ConventioningProperties conventioning;
  private final Clock clock;

  FollowUpService(ConventionService conventions, AgreedMeans means, FollowUpReportRepository reports,
      ReportPublicsRepository publics, ConventioningProperties conventioning, Clock clock) {
    this.conventions = conventions;
    this.means = means;
    this.reports = reports;
    this.publics = publics;
    this.conventioning = conventioning;
    this.clock = clock;
  }

  @Transactional
  public FollowUpReport submit(String reference, int period, boolean finalReport, FormValues form, String userId) {
    return reports.save(newReport(reference, period, finalReport, form, userId));
  }

  /** A report read from its form and checked, not yet saved. */
  private FollowUpReport newReport(String reference, int period, boolean finalReport, FormValues form, String userId) {
    ExitCounts counts = ExitCounts.from(form);
    BigDecimal fte = form.fte(VAR_FTE_REALIZED, "ETP d'insertion réalisés", true, conventioning.maxFte());
    String comment = form.optionalText(VAR_REPORT_COMMENT, "Commentaire", MAX_TEXT);
    Convention convention = conventions.find(reference);
    return new FollowUpReport(convention, finalReport ? 0 : period, finalReport, counts, fte, comment, userId,
        clock.instant());
  }

  /**
   * A yearly report of the annual cycle: the report, and the people hired and the training given that the next
   * annex's modulation rests on, all checked before anything is saved.
   */
  @Transactional
  public FollowUpReport submitYearly(String reference, int period, FormValues form, String userId) {
    FollowUpReport report = newReport(reference, period, false, form, userId);
    int hires = count(form, VAR_HIRES, "Recrutements de l'année");
    int priority = count(form, VAR_HIRES_PRIORITY, "dont relevant d'au moins un public prioritaire");
    int longTerm = count(form, VAR_HIRES_LONG_TERM_UNEMPLOYED, "dont demandeurs d'emploi de longue durée");
    int rsa = count(form, VAR_HIRES_RSA, "dont bénéficiaires du RSA");
    int neighbourhood = count(form, VAR_HIRES_PRIORITY_NEIGHBOURHOOD, "dont résidents des quartiers prioritaires");
    int disabled = count(form, VAR_HIRES_DISABLED, "dont travailleurs handicapés");
    int supported = count(form, VAR_EMPLOYEES_SUPPORTED, "Salariés en insertion accompagnés dans l'année");
    int trained = count(form, VAR_EMPLOYEES_TRAINED, "dont salariés ayant suivi une formation");
    if (priority > hires) {
      throw new InvalidInputException("Les recrutements parmi les publics prioritaires (" + priority
          + ") ne peuvent pas dépasser les recrutements de l'année (" + hires + ").");
    }
    int largest = Math.max(Math.max(longTerm, rsa), Math.max(neighbourhood, disabled));
    if (largest > priority) {
      throw new InvalidInputException("Chaque public prioritaire (jusqu'à " + largest + " recrutements) est compris dans"
          + " les recrutements relevant d'au moins un public prioritaire (" + priority + ") : vérifiez la saisie.");
    }
    if (trained > supported) {
      throw new InvalidInputException("Les salariés formés (" + trained + ") ne peuvent pas dépasser les salariés"
          + " accompagnés (" + supported + ").");
    }
    reports.save(report);
    publics.save(new ReportPublics(report.getId(), hires, priority, longTerm, rsa, neighbourhood, disabled, supported,
        trained));
    return report;
  }

  /** What the latest yearly report gives the next annex's modulation: hires, training, exits against the target. */
  @Transactional(readOnly = true)
  public ModulationEvidence evidence(String reference) {
    FollowUpReport report = latest(reference);
    Progress progress = progress(report);
    Optional<ReportPublics> known = publics.findById(report.getId());
    return new ModulationEvidence(
        known.map(ReportPublics::getHires).orElse(null),
        known.map(ReportPublics::getHiresPriority).orElse(null),
        known.map(ReportPublics::getHiresLongTermUnemployed).orElse(null),
        known.map(ReportPublics::getHiresRsa).orElse(null),
        known.map(ReportPublics::getHiresPriorityNeighbourhood).orElse(null),
        known.map(ReportPublics::getHiresDisabled).orElse(null),
        known.map(ReportPublics::getEmployeesSupported).orElse(null),
        known.map(ReportPublics::getEmployeesTrained).orElse(null),
        progress.rates().dynamicRate(), progress.targetDynamic());
  }

  private static int count(FormValues form, String name, String label) {
    int value = form.integer(name, label);
    if (value < 0) {
      throw new InvalidInputException("Le champ « " + label + " » ne peut pas être négatif.");
    }
    return value;
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

  /** What the funders' conference agreed for the convention. */
  @Transactional(readOnly = true)
  public Optional<AgreedMeans.Agreement> agreement(String reference) {
    return means.agreement(conventions.find(reference).getId());
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

  /**
   * The yearly reports with their review and management dialogue, in Markdown, for the analysis of the results at
   * the end; null when there were none (conventions of one year, or begun before the yearly reports).
   */
  @Transactional(readOnly = true)
  public String yearlyHistory(Long conventionId) {
    StringBuilder text = new StringBuilder();
    for (FollowUpReport report : reports(conventionId)) {
      if (report.isFinalReport()) {
        continue;
      }
      text.append("#### Bilan de l'année ").append(report.getPeriod()).append("\n\n").append(progress(report).text());
      if (report.getFollowUpComment() != null) {
        text.append("\nExamen du bilan : ").append(report.getFollowUpComment()).append("\n");
      }
      if (report.getDialogueOutcome() != null) {
        text.append("\nDialogue de gestion : ").append(report.getDialogueOutcome()).append("\n");
      }
      text.append("\n");
    }
    return text.isEmpty() ? null : text.toString().strip();
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

  @Override
  @Transactional(readOnly = true)
  public ExitCounts yearly(Collection<Long> conventionIds) {
    List<ExitCounts> counts = new ArrayList<>();
    // IN lists of at most 500 ids, which every database takes
    List<Long> ids = List.copyOf(conventionIds);
    for (int from = 0; from < ids.size(); from += 500) {
      reports.findByConventionIdInAndFinalReportFalse(ids.subList(from, Math.min(ids.size(), from + 500)))
          .forEach(report -> counts.add(report.counts()));
    }
    return ExitCounts.sum(counts);
  }
}
