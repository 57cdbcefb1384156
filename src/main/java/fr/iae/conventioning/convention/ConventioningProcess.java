package fr.iae.conventioning.convention;

/** Names of the main process {@code conventioning} that code and tests share (docs/contract.md). */
public final class ConventioningProcess {

  public static final String KEY = "conventioning";

  // start variables
  public static final String VAR_SIRET = "siret";
  public static final String VAR_CONVENTION_START = "conventionStart";
  public static final String VAR_DURATION_MONTHS = "durationMonths";
  public static final String VAR_PREVIOUS_REFERENCE = "previousConventionReference";
  /** Start variables of a renewal, besides the previous reference. */
  public static final String VAR_PROPOSED_FTE = "proposedFte";
  public static final String VAR_PRECONISATIONS = "preconisations";
  public static final String VAR_PREVIOUS_RESULTS = "previousResults";

  // variables the start adds for every later step
  public static final String VAR_REFERENCE = "reference";
  public static final String VAR_DEPARTMENT = "department";
  public static final String VAR_STRUCTURE_NAME = "structureName";
  public static final String VAR_STRUCTURE_KIND = "structureKind";
  public static final String VAR_CONVENTION_END = "conventionEnd";
  /** "du 1er janvier 2027 au 31 décembre 2029 (36 mois)", for forms. */
  public static final String VAR_PERIOD_LABEL = "periodLabel";
  /** The département's State service as users read it: "DDETS du Nord" (forms and texts). */
  public static final String VAR_STATE_SERVICE = "stateService";

  // elements
  public static final String START_EVENT = "conventionRequested";
  public static final String CALL_INSERTION_PROJECT = "insertionProjectStage";
  public static final String CALL_FOLLOW_UP = "followUpStage";
  public static final String CALL_RENEWAL = "renewalStage";

  private ConventioningProcess() {}
}
