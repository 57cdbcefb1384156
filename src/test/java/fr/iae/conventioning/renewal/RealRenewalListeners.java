package fr.iae.conventioning.renewal;

import static org.mockito.Mockito.mock;

import fr.iae.conventioning.support.TestEngine;

/**
 * Stage 5's real listener of the decision table for the BPMN tests: it reads the table's result and routes on it;
 * the service that records the verdict is a mock.
 */
public final class RealRenewalListeners {

  private RealRenewalListeners() {}

  /** Registers the listener; returns the mocked service, whose calls a test may verify (its type is internal). */
  public static RenewalService register() {
    RenewalService renewal = mock(RenewalService.class);
    TestEngine.BEANS.put("objectivesAttainmentListener", new RenewalListeners().objectivesAttainmentListener(renewal));
    return renewal;
  }
}
