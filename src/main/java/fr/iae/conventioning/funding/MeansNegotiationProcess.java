package fr.iae.conventioning.funding;

/** Names of the stage 3 process {@code means-negotiation} (docs/contract.md). */
public final class MeansNegotiationProcess {

  public static final String KEY = "means-negotiation";

  public static final String TASK_PREPARE = "prepareFundersConference";
  public static final String TASK_COMMIT = "commitFunding";
  public static final String TASK_SUMMARIZE = "summarizeFundersConference";
  public static final String TASK_CDIAE = "recordCdiaeOpinion";
  public static final String TASK_DECIDE = "decideAfterUnfavorableOpinion";
  public static final String TASK_SIGN_PREFECT = "signConventionPrefect";
  public static final String TASK_SIGN_AGENCY = "signConventionEmploymentAgency";
  public static final String TASK_SIGN_STRUCTURE = "signConventionStructure";
  public static final String NO_ANSWER_TIMER = "fundingNotAnswered";
  public static final String FUNDERS_SUBPROCESS = "funderCommitment";

  public static final String VAR_FUNDERS = "funders";
  public static final String VAR_CONFERENCE_DATE = "conferenceDate";
  public static final String VAR_FUNDER = "funder";
  public static final String VAR_FUNDING_COMMITTED = "fundingCommitted";
  public static final String VAR_FUNDING_AMOUNT = "fundingAmount";
  public static final String VAR_FUNDING_NATURE = "fundingNature";
  public static final String VAR_AGREED_FTE = "agreedFte";
  public static final String VAR_MODULATION_RATE = "modulationRate";
  public static final String VAR_CDIAE_OPINION = "cdiaeOpinion";
  public static final String VAR_CDIAE_COMMENT = "cdiaeComment";
  public static final String VAR_CDIAE_SESSION_DATE = "cdiaeSessionDate";
  public static final String VAR_DECISION = "decision";
  public static final String VAR_DECISION_COMMENT = "decisionComment";
  public static final String VAR_PREFECT_SIGNED = "prefectSigned";
  public static final String VAR_PREFECT_COMMENT = "prefectComment";
  public static final String VAR_AGENCY_SIGNED = "employmentAgencySigned";
  public static final String VAR_AGENCY_SIGNATURE_COMMENT = "employmentAgencySignatureComment";
  public static final String VAR_STRUCTURE_SIGNED = "structureSigned";
  public static final String VAR_STRUCTURE_SIGNATURE_COMMENT = "structureSignatureComment";
  public static final String VAR_DEPARTMENT_SIGNED = "departmentSigned";
  public static final String VAR_DEPARTMENT_SIGNATURE_COMMENT = "departmentSignatureComment";
  /** Set by the application when the conference is summed up: the co-funding Conseil départemental's group, or null. */
  public static final String VAR_CONVENTION_COSIGNER = "conventionCosigner";

  /** Texts and options the application prepares for the forms. */
  public static final String VAR_FUNDER_OPTIONS = "funderOptions";
  public static final String VAR_FUNDING_SUMMARY = "fundingSummary";
  public static final String VAR_FUNDING_PLAN = "fundingPlan";
  public static final String VAR_FUNDER_NAME = "funderName";
  public static final String VAR_REFUSAL_REASONS = "refusalReasons";
  public static final String VAR_CONFERENCE_DATE_LABEL = "conferenceDateLabel";
  public static final String VAR_CDIAE_OPINION_LABEL = "cdiaeOpinionLabel";

  /** How stage 3 ended, for the main process: SIGNED, RENEGOTIATE or REFUSE. */
  public static final String VAR_OUTCOME = "meansOutcome";

  private MeansNegotiationProcess() {}
}
