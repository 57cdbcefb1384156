package fr.iae.conventioning.objectives;

/** Names of the stage 2 process {@code objectives-negotiation} (docs/contract.md). */
public final class ObjectivesNegotiationProcess {

  public static final String KEY = "objectives-negotiation";

  public static final String TASK_PROPOSE = "proposeObjectives";
  public static final String TASK_AGENCY_REVIEW = "reviewObjectivesEmploymentAgency";
  public static final String TASK_RESPOND = "respondToObjectives";
  public static final String TASK_ARBITRATE = "arbitrateObjectives";

  public static final String VAR_TARGET_DURABLE = "targetDurableRate";
  public static final String VAR_TARGET_TRANSITION = "targetTransitionRate";
  public static final String VAR_TARGET_POSITIVE = "targetPositiveRate";
  public static final String VAR_OTHER_OBJECTIVES = "otherObjectives";
  public static final String VAR_AGENCY_AGREES = "employmentAgencyAgrees";
  public static final String VAR_AGENCY_COMMENT = "employmentAgencyComment";
  public static final String VAR_ACCEPTED = "objectivesAccepted";
  public static final String VAR_COUNTER_PROPOSAL = "counterProposal";

  /** Set by the application: the round in progress, and whether the State service must now decide alone. */
  public static final String VAR_ROUND = "objectivesRound";
  public static final String VAR_NEGOTIATION = "objectivesNegotiation";
  public static final String VAR_ARBITRATION = "objectivesArbitration";
  public static final String VAR_DYNAMIC_TARGET = "targetDynamicRate";

  private ObjectivesNegotiationProcess() {}
}
