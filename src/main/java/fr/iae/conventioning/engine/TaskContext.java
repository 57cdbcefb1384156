package fr.iae.conventioning.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** What listeners need to know about the task in hand. */
public final class TaskContext {

  private TaskContext() {}

  /** The convention reference: the business key every stage inherits from the main process. */
  public static String reference(DelegateTask task) {
    return task.getExecution().getProcessBusinessKey();
  }

  /** The user completing the task: the authenticated user, else the assignee (a test, an administrator's script). */
  public static String actingUser(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication != null && authentication.getUserId() != null ? authentication.getUserId()
        : task.getAssignee();
  }
}
