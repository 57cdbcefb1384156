package fr.iae.conventioning.followup;

/** Names of the stage 4 process {@code follow-up} (docs/contract.md). */
public final class FollowUpProcess {

  public static final String KEY = "follow-up";

  public static final String TASK_SUBMIT_REPORT = "submitFollowUpReport";
  public static final String TASK_REVIEW_REPORT = "reviewFollowUpReport";
  public static final String TASK_DIALOGUE = "holdManagementDialogue";
  public static final String TASK_SUBMIT_FINAL = "submitFinalReport";
  public static final String TASK_ANALYSE = "analyseResults";
  public static final String TIMER_REPORT_DUE = "reportDue";
  public static final String TIMER_CONVENTION_END = "conventionEnded";

  public static final String VAR_FTE_REALIZED = "fteRealized";
  public static final String VAR_REPORT_COMMENT = "reportComment";
  public static final String VAR_DIFFICULTIES = "difficultiesFlagged";
  public static final String VAR_FOLLOW_UP_COMMENT = "followUpComment";
  public static final String VAR_DIALOGUE_OUTCOME = "dialogueOutcome";
  public static final String VAR_SHARED_ANALYSIS = "sharedAnalysis";

  /** Set by the application: the number of the next periodic report, when stage 4 began, and texts for forms. */
  public static final String VAR_PERIOD = "followUpPeriod";
  public static final String VAR_STARTED_AT = "followUpStartedAt";
  public static final String VAR_REPORT_INDICATORS = "reportIndicators";
  public static final String VAR_FINAL_INDICATORS = "finalIndicators";

  /** The inputs of {@code objectives-attainment.dmn}, set when the final report is sent. */
  public static final String VAR_EXAMINED_EXITS = "examinedExits";
  public static final String VAR_ACHIEVED_DURABLE = "achievedDurableRate";
  public static final String VAR_ACHIEVED_DYNAMIC = "achievedDynamicRate";
  public static final String VAR_TARGET_DURABLE = "targetDurableRate";
  public static final String VAR_TARGET_DYNAMIC = "targetDynamicRate";

  private FollowUpProcess() {}
}
