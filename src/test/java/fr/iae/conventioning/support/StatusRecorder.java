package fr.iae.conventioning.support;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Stands in for {@code conventionStatus} in BPMN tests: remembers the statuses the process set, in order. */
public class StatusRecorder {

  private final List<String> statuses = new ArrayList<>();

  public void set(DelegateExecution execution, String status) {
    statuses.add(status);
  }

  public List<String> all() {
    return statuses;
  }

  public String last() {
    return statuses.isEmpty() ? null : statuses.get(statuses.size() - 1);
  }
}
