package fr.iae.conventioning.renewal;

/** Names of the stage 5 process {@code renewal} and of the decision {@code objectives-attainment} (docs/contract.md). */
public final class RenewalProcess {

  public static final String KEY = "renewal";
  public static final String DECISION_KEY = "objectives-attainment";

  public static final String TASK_PROPOSE_REINFORCEMENT = "proposeReinforcement";
  public static final String TASK_CAUSE_ANALYSIS = "submitCauseAnalysis";
  public static final String TASK_PRECONISATIONS = "definePreconisations";
  public static final String RULE_ATTAINMENT = "evaluateObjectivesAttainment";

  public static final String VAR_PROPOSED_FTE = "proposedFte";
  public static final String VAR_CAUSE_ANALYSIS = "causeAnalysis";
  public static final String VAR_PRECONISATIONS = "preconisations";
  public static final String VAR_RENEWAL_DECISION = "renewalDecision";

  /** The decision's result (a map), and what the application reads from it. */
  public static final String VAR_ATTAINMENT = "attainment";
  public static final String VAR_OBJECTIVES_MET = "objectivesMet";
  public static final String VAR_ATTAINMENT_EXPLANATION = "attainmentExplanation";

  /** How stage 5 ended, for the main process: RENEWED or CLOSED. */
  public static final String VAR_OUTCOME = "renewalOutcome";
  public static final String VAR_NEXT_REFERENCE = "nextConventionReference";

  /** The outputs of the decision table. */
  public static final String DMN_OBJECTIVES_MET = "objectivesMet";
  public static final String DMN_EXPLANATION = "explanation";

  private RenewalProcess() {}
}
