package fr.iae.conventioning.engine;

/**
 * A timeout listener every user task gets without a line in its BPMN: its id (the name a job's configuration
 * carries, {@code reminder} or {@code escalation}), the expression of the moment it fires, and the listener bean it
 * calls. A task whose BPMN already declares a timeout listener of that id keeps its own (the definitions deployed
 * by release 0.1.0 do), so an upgrade changes nothing for them.
 *
 * @param scheduledBy the id of the timeout whose firing creates this one's timer, or {@code null} when the timer is
 *     created with the task: a task then waits on one timer job at a time
 */
public record TaskTimeout(String id, String timeDateExpression, String listenerExpression, String scheduledBy) {

  public TaskTimeout(String id, String timeDateExpression, String listenerExpression) {
    this(id, timeDateExpression, listenerExpression, null);
  }
}
