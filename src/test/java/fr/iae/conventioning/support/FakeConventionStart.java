package fr.iae.conventioning.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/** Stands in for the start listener in BPMN tests: the variables and business key the real one sets. */
public final class FakeConventionStart {

  public static final String SIRET = "51236789700026";
  private static final AtomicInteger NUMBER = new AtomicInteger();

  private FakeConventionStart() {}

  public static ExecutionListener listener() {
    return execution -> {
      String reference = "EI05927" + String.format("%04d", NUMBER.incrementAndGet());
      execution.setProcessBusinessKey(reference);
      execution.setVariable("reference", reference);
      if (execution.getVariable("siret") == null) {
        execution.setVariable("siret", SIRET);
      }
      if (execution.getVariable("department") == null) {
        execution.setVariable("department", "59");
      }
      execution.setVariable("structureName", "Roubaix Propreté Insertion");
      execution.setVariable("structureKind", "EI");
      if (execution.getVariable("conventionStart") == null) {
        execution.setVariable("conventionStart", "2027-04-01");
      }
      if (execution.getVariable("durationMonths") == null) {
        execution.setVariable("durationMonths", 36);
      }
    };
  }
}
