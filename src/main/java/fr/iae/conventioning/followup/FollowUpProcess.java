package fr.iae.conventioning.followup;

/** Names of the stage 4 process {@code follow-up} (docs/contract.md). */
public final class FollowUpProcess {

  public static final String KEY = "follow-up";

  public static final String TASK_SUBMIT_REPORT = "submitFollowUpReport";
  public static final String TASK_REVIEW_REPORT = "reviewFollowUpReport";
  public static final String TASK_DIALOGUE = "holdManagementDialogue";
  public static final String TASK_SUBMIT_FINAL = "submitFinalReport";
  public static final String TASK_ANALYSE = "analyseResults";
  public static final String TASK_PROPOSE_ANNEX = "proposeAnnex";
  public static final String TASK_ACCEPT_ANNEX = "acceptAnnex";
  public static final String TASK_SIGN_ANNEX_DEPARTMENT = "signAnnexDepartment";
  public static final String TASK_SIGN_ANNEX_PREFECT = "signAnnexPrefect";
  public static final String TASK_ACCEPT_AMENDMENT = "acceptAmendment";
  public static final String TASK_SIGN_AMENDMENT_PREFECT = "signAmendmentPrefect";
  public static final String TIMER_REPORT_DUE = "reportDue";
  public static final String TIMER_CONVENTION_END = "conventionEnded";

  public static final String VAR_FTE_REALIZED = "fteRealized";
  public static final String VAR_REPORT_COMMENT = "reportComment";
  public static final String VAR_DIFFICULTIES = "difficultiesFlagged";
  public static final String VAR_FOLLOW_UP_COMMENT = "followUpComment";
  public static final String VAR_DIALOGUE_OUTCOME = "dialogueOutcome";
  public static final String VAR_SHARED_ANALYSIS = "sharedAnalysis";

  /** The people hired and the training given, in a yearly report: the modulation's indicators. */
  public static final String VAR_HIRES = "hires";
  public static final String VAR_HIRES_PRIORITY = "hiresPriority";
  public static final String VAR_HIRES_LONG_TERM_UNEMPLOYED = "hiresLongTermUnemployed";
  public static final String VAR_HIRES_RSA = "hiresRsa";
  public static final String VAR_HIRES_PRIORITY_NEIGHBOURHOOD = "hiresPriorityNeighbourhood";
  public static final String VAR_HIRES_DISABLED = "hiresDisabled";
  public static final String VAR_EMPLOYEES_SUPPORTED = "employeesSupported";
  public static final String VAR_EMPLOYEES_TRAINED = "employeesTrained";

  /** The yearly annex's proposal and answers. */
  public static final String VAR_ANNEX_FTE = "annexFte";
  public static final String VAR_ANNEX_RATE = "annexModulationRate";
  public static final String VAR_ANNEX_REASON = "annexModulationReason";
  public static final String VAR_ANNEX_ACCEPTED = "annexAccepted";
  public static final String VAR_ANNEX_REMARKS = "annexRemarks";
  public static final String VAR_ANNEX_DEPARTMENT_SIGNED = "annexDepartmentSigned";
  public static final String VAR_ANNEX_DEPARTMENT_COMMENT = "annexDepartmentComment";
  public static final String VAR_ANNEX_PREFECT_SIGNED = "annexPrefectSigned";
  public static final String VAR_ANNEX_PREFECT_COMMENT = "annexPrefectComment";
  public static final String VAR_AMENDMENT_ACCEPTED = "amendmentAccepted";
  public static final String VAR_AMENDMENT_REMARKS = "amendmentRemarks";
  public static final String VAR_AMENDMENT_PREFECT_SIGNED = "amendmentPrefectSigned";
  public static final String VAR_AMENDMENT_PREFECT_COMMENT = "amendmentPrefectComment";

  /**
   * Set by the application: how many yearly annexes the convention has, the annex being prepared (number, period,
   * evidence and proposed rate, pricing), why its previous proposal was sent back, the Conseil départemental's group
   * when it co-signs, and the amendment under way.
   */
  public static final String VAR_ANNEX_COUNT = "annexCount";
  public static final String VAR_ANNEX_NUMBER = "annexNumber";
  public static final String VAR_ANNEX_PERIOD = "annexPeriodLabel";
  public static final String VAR_ANNEX_EVIDENCE = "annexEvidence";
  public static final String VAR_ANNEX_PROPOSED_RATE = "annexProposedRate";
  public static final String VAR_ANNEX_PRICING = "annexPricing";
  public static final String VAR_ANNEX_SENT_BACK = "annexSentBack";
  public static final String VAR_ANNEX_COSIGNER = "annexCosigner";
  public static final String VAR_AMENDMENT_NUMBER = "amendmentNumber";
  public static final String VAR_AMENDMENT_SUMMARY = "amendmentSummary";

  /** Set by the application: the number of the next periodic report, when stage 4 began, and texts for forms. */
  public static final String VAR_PERIOD = "followUpPeriod";
  public static final String VAR_STARTED_AT = "followUpStartedAt";
  public static final String VAR_REPORT_INDICATORS = "reportIndicators";
  public static final String VAR_FINAL_INDICATORS = "finalIndicators";
  /** The yearly reports, their reviews and dialogues, for the analysis of the results (null when none). */
  public static final String VAR_YEARLY_REPORTS = "yearlyReports";

  /** The inputs of {@code objectives-attainment.dmn}, set when the final report is sent. */
  public static final String VAR_EXAMINED_EXITS = "examinedExits";
  public static final String VAR_ACHIEVED_DURABLE = "achievedDurableRate";
  public static final String VAR_ACHIEVED_DYNAMIC = "achievedDynamicRate";
  public static final String VAR_TARGET_DURABLE = "targetDurableRate";
  public static final String VAR_TARGET_DYNAMIC = "targetDynamicRate";

  private FollowUpProcess() {}
}
