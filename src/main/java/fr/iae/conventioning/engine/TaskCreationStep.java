package fr.iae.conventioning.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Something done when any user task of any process is created (due date, notification), without a line in the
 * BPMN. Steps run in their {@link org.springframework.core.annotation.Order}.
 */
public interface TaskCreationStep {

  void onCreate(DelegateTask task);
}
