package fr.iae.conventioning.project;

/** Names of the stage 1 process {@code insertion-project} (docs/contract.md). */
public final class InsertionProjectProcess {

  public static final String KEY = "insertion-project";

  public static final String TASK_SUBMIT = "submitInsertionProject";
  public static final String TASK_REVIEW = "reviewApplication";

  public static final String VAR_AXIS_RECEPTION = "axisReception";
  public static final String VAR_AXIS_SUPPORT = "axisSupport";
  public static final String VAR_AXIS_TRAINING = "axisTraining";
  public static final String VAR_AXIS_TERRITORY = "axisTerritory";
  public static final String VAR_REQUESTED_FTE = "requestedFte";
  public static final String VAR_APPLICATION_COMPLETE = "applicationComplete";
  public static final String VAR_REVIEW_COMMENT = "reviewComment";
  /** Set by the application for a later version: the earlier review's comment and what changed since. */
  public static final String VAR_SINCE_LAST_REVIEW = "sinceLastReview";

  private InsertionProjectProcess() {}
}
