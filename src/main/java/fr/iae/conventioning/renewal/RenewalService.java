package fr.iae.conventioning.renewal;

import static fr.iae.conventioning.renewal.RenewalProcess.*;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionService;
import fr.iae.conventioning.convention.ConventioningProcess;
import fr.iae.conventioning.convention.FinalResults;
import fr.iae.conventioning.notification.Outbox;
import fr.iae.conventioning.notification.Recipients;
import fr.iae.conventioning.renewal.RenewalDecisionRecord.Decision;
import fr.iae.conventioning.shared.ConventioningProperties;
import fr.iae.conventioning.shared.FormValues;
import fr.iae.conventioning.shared.FrenchFormat;
import fr.iae.conventioning.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stage 5: from the decision table's verdict, either the State service proposes the next convention's FTE, or the
 * structure analyses the causes and the State service sets recommendations and decides to renew with a plan or not.
 */
@Service
class RenewalService {

  public static final String CONVENTION_CLOSED = "convention-closed";
  static final int MAX_TEXT = 8_000;

  private final ConventionService conventions;
  private final FinalResults results;
  private final RenewalDecisionRepository decisions;
  private final Outbox outbox;
  private final Recipients recipients;
  private final ConventioningProperties conventioning;
  private final Clock clock;

  RenewalService(ConventionService conventions, FinalResults results, RenewalDecisionRepository decisions,
      Outbox outbox, Recipients recipients, ConventioningProperties conventioning, Clock clock) {
    this.conventioning = conventioning;
    this.conventions = conventions;
    this.results = results;
    this.decisions = decisions;
    this.outbox = outbox;
    this.recipients = recipients;
    this.clock = clock;
  }

  /** The decision table's verdict on the final results. */
  @Transactional
  public RenewalDecisionRecord recordAttainment(String reference, boolean met, String explanation) {
    Convention convention = conventions.find(reference);
    return decisions.findByConventionId(convention.getId())
        .orElseGet(() -> decisions.save(new RenewalDecisionRecord(convention, met, explanation, clock.instant())));
  }

  @Transactional
  public RenewalDecisionRecord proposeReinforcement(String reference, FormValues form, String userId) {
    BigDecimal fte = form.fte(VAR_PROPOSED_FTE, "ETP proposés pour la prochaine convention", false,
        conventioning.maxFte());
    RenewalDecisionRecord decision = current(reference);
    decision.reinforce(fte, userId, clock.instant());
    return decision;
  }

  @Transactional
  public RenewalDecisionRecord recordCauses(String reference, FormValues form, String userId) {
    String analysis = form.text(VAR_CAUSE_ANALYSIS, "Analyse des causes", MAX_TEXT,
        "Expliquez pourquoi les objectifs n'ont pas été atteints (contexte, difficultés particulières, publics"
            + " accueillis) : le champ « Analyse des causes » est obligatoire.");
    RenewalDecisionRecord decision = current(reference);
    decision.recordCauses(analysis, userId);
    return decision;
  }

  @Transactional
  public RenewalDecisionRecord definePreconisations(String reference, FormValues form, String userId) {
    String preconisations = form.text(VAR_PRECONISATIONS, "Préconisations", MAX_TEXT,
        "Le champ « Préconisations » est obligatoire : ce que la structure doit mettre en œuvre (organisation,"
            + " adéquation entre les publics et les objectifs...).");
    // RENEW is the decision of a reinforcement, not one of this form's
    Decision decision = form.choice(VAR_RENEWAL_DECISION, List.of(Decision.RENEW_WITH_PLAN, Decision.DO_NOT_RENEW),
        "Choisissez la décision : RENEW_WITH_PLAN (renouveler avec un plan) ou DO_NOT_RENEW (ne pas renouveler).",
        "La décision « %s » est inconnue : choisissez RENEW_WITH_PLAN ou DO_NOT_RENEW.");
    RenewalDecisionRecord record = current(reference);
    record.decide(decision, preconisations, userId, clock.instant());
    return record;
  }

  /** The start variables of the next convention: the next period, and what it inherits. */
  @Transactional(readOnly = true)
  public Map<String, Object> nextConvention(String reference) {
    Convention convention = conventions.find(reference);
    RenewalDecisionRecord decision = current(reference);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(ConventioningProcess.VAR_SIRET, convention.getStructure().getSiret());
    variables.put(ConventioningProcess.VAR_CONVENTION_START, convention.getEndDate().plusDays(1).toString());
    variables.put(ConventioningProcess.VAR_DURATION_MONTHS, convention.getDurationMonths());
    variables.put(ConventioningProcess.VAR_PREVIOUS_REFERENCE, reference);
    if (decision.getProposedFte() != null) {
      variables.put(ConventioningProcess.VAR_PROPOSED_FTE, decision.getProposedFte().doubleValue());
    }
    if (decision.getPreconisations() != null) {
      variables.put(ConventioningProcess.VAR_PRECONISATIONS, decision.getPreconisations());
    }
    variables.put(ConventioningProcess.VAR_PREVIOUS_RESULTS, previousResults(convention, decision));
    return variables;
  }

  @Transactional
  public void linkNext(String reference, String nextReference) {
    current(reference).continueWith(conventions.find(nextReference));
  }

  /** Tells the structure its convention ends without renewal, with the analysis and the recommendations. */
  @Transactional
  public void announceClosing(String reference) {
    Convention convention = conventions.find(reference);
    RenewalDecisionRecord decision = current(reference);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("reference", reference);
    model.put("structureName", convention.getStructure().getName());
    model.put("department", convention.getStructure().getDepartment());
    model.put("end", FrenchFormat.date(convention.getEndDate()));
    model.put("explanation", decision.getExplanation() == null ? "" : decision.getExplanation());
    model.put("preconisations", decision.getPreconisations() == null ? "" : decision.getPreconisations());
    outbox.write(CONVENTION_CLOSED + ":" + reference, recipients.ofStructure(convention.getStructure()),
        CONVENTION_CLOSED, model);
  }

  @Transactional(readOnly = true)
  public Optional<RenewalDecisionRecord> decisionOf(Long conventionId) {
    return decisions.findByConventionId(conventionId);
  }

  /** What the next convention's stage 2 shows of this one: objectives, results, analysis, recommendations. */
  private String previousResults(Convention convention, RenewalDecisionRecord decision) {
    StringBuilder text = new StringBuilder();
    text.append("Convention ").append(convention.getReference()).append(" (du ")
        .append(FrenchFormat.date(convention.getStartDate())).append(" au ")
        .append(FrenchFormat.date(convention.getEndDate())).append(").\n\n");
    text.append("Objectifs : ").append(FrenchFormat.percent(convention.getTargetDurable()))
        .append(" d'emploi durable, ").append(FrenchFormat.percent(convention.getTargetTransition()))
        .append(" d'emploi de transition, ").append(FrenchFormat.percent(convention.getTargetPositive()))
        .append(" de sorties positives.\n\n");
    results.of(convention.getId()).ifPresent(last -> {
      text.append("Résultats du bilan final :\n\n").append(last.progress()).append("\n");
      if (last.sharedAnalysis() != null) {
        text.append("Analyse partagée : ").append(last.sharedAnalysis()).append("\n\n");
      }
    });
    text.append(decision.isObjectivesMet() ? "Objectifs atteints" : "Objectifs non atteints");
    if (decision.getExplanation() != null) {
      text.append(" : ").append(decision.getExplanation());
    }
    text.append("\n");
    if (decision.getProposedFte() != null) {
      text.append("\nETP proposés par la DDETS pour la nouvelle convention : ")
          .append(FrenchFormat.number(decision.getProposedFte(), 2)).append("\n");
    }
    if (decision.getPreconisations() != null) {
      text.append("\nPréconisations à mettre en œuvre : ").append(decision.getPreconisations()).append("\n");
    }
    return text.toString();
  }

  private RenewalDecisionRecord current(String reference) {
    return decisions.findByConventionId(conventions.find(reference).getId())
        .orElseThrow(() -> new InvalidInputException("L'atteinte des objectifs de la convention " + reference
            + " n'a pas encore été évaluée."));
  }

}
