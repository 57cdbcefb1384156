package fr.iae.conventioning.followup;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.engine.EngineClock;
import fr.iae.conventioning.indicators.ExitCounts;
import fr.iae.conventioning.indicators.ExitRates;
import fr.iae.conventioning.support.TestEngine;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Stage 4's real listeners for the BPMN tests: they count the periods and write each report back; the service that
 * checks and records a report is a mock answering with a report of its own.
 */
public final class RealFollowUpListeners {

  private RealFollowUpListeners() {}

  public static void register() {
    FollowUpService followUp = mock(FollowUpService.class);
    ExitCounts counts = ExitCounts.of(6, 4, 3, 5, 1, 1, 0, 2);
    FollowUpReport report = new FollowUpReport(mock(Convention.class), 1, false, counts, new BigDecimal("9.5"),
        null, "siae.ai59", Instant.parse("2027-03-01T09:00:00Z"));
    when(followUp.submit(any(), anyInt(), anyBoolean(), any(), any())).thenReturn(report);
    when(followUp.progress(any())).thenReturn(new Progress(counts, ExitRates.of(counts), new BigDecimal("25"),
        new BigDecimal("60"), new BigDecimal("9.5"), BigDecimal.TEN));
    FollowUpListeners listeners = new FollowUpListeners();
    TestEngine.BEANS.put("followUpStartListener", listeners.followUpStartListener(new EngineClock(TestEngine.ZONE)));
    TestEngine.BEANS.put("submitFollowUpReportListener", listeners.submitFollowUpReportListener(followUp));
    TestEngine.BEANS.put("submitFinalReportListener", listeners.submitFinalReportListener(followUp));
  }
}
