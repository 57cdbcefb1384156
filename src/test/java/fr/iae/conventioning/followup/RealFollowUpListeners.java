package fr.iae.conventioning.followup;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fr.iae.conventioning.annex.AnnexPeriods;
import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.engine.EngineClock;
import fr.iae.conventioning.indicators.ExitCategory;
import fr.iae.conventioning.indicators.ExitCounts;
import fr.iae.conventioning.indicators.ExitRates;
import fr.iae.conventioning.shared.FormValues;
import fr.iae.conventioning.support.TestEngine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Stage 4's real listeners for the BPMN tests: they count the periods and write each report back, its rates computed
 * by the real indicators (targets 25 % and 60 %); the service that records a report is a mock.
 */
public final class RealFollowUpListeners {

  private RealFollowUpListeners() {}

  public static void register() {
    FollowUpService followUp = mock(FollowUpService.class);
    when(followUp.submit(any(), anyInt(), anyBoolean(), any(), any())).thenAnswer(call -> {
      FormValues form = call.getArgument(3);
      // the exit counts the task was completed with, read by the real rules; a test that sends none gets a default
      ExitCounts counts = form.raw(ExitCategory.DURABLE.variable()) == null ? ExitCounts.of(6, 4, 3, 5, 1, 1, 0, 2)
          : ExitCounts.from(form);
      return new FollowUpReport(mock(Convention.class), call.getArgument(1), call.getArgument(2), counts,
          new BigDecimal("9.5"), null, "siae.ai59", Instant.parse("2027-03-01T09:00:00Z"));
    });
    when(followUp.submitYearly(any(), anyInt(), any(), any())).thenAnswer(call -> followUp.submit(call.getArgument(0),
        call.getArgument(1), false, call.getArgument(2), call.getArgument(3)));
    when(followUp.progress(any())).thenAnswer(call -> {
      FollowUpReport report = call.getArgument(0);
      return new Progress(report.counts(), ExitRates.of(report.counts()), new BigDecimal("25"), new BigDecimal("60"),
          report.getFteRealized(), BigDecimal.TEN);
    });
    FollowUpListeners listeners = new FollowUpListeners();
    TestEngine.BEANS.put("followUpStartListener", listeners.followUpStartListener(new EngineClock(TestEngine.ZONE)));
    TestEngine.BEANS.put("submitFollowUpReportListener", listeners.submitFollowUpReportListener(followUp));
    TestEngine.BEANS.put("submitFinalReportListener", listeners.submitFinalReportListener(followUp));
    AnnualCycleListeners cycle = new AnnualCycleListeners();
    TestEngine.BEANS.put("submitYearlyReportListener", cycle.submitYearlyReportListener(followUp));
    // the annexes' periods by the real rule; the Conseil départemental co-signs when a test says so
    TestEngine.BEANS.put("annualCycleStartListener", (ExecutionListener) execution -> {
      execution.setVariable(FollowUpProcess.VAR_ANNEX_COUNT, AnnexPeriods.of(
          LocalDate.parse((String) execution.getVariable("conventionStart")),
          ((Number) execution.getVariable("durationMonths")).intValue()).size());
      execution.setVariable(FollowUpProcess.VAR_ANNEX_COSIGNER, execution.getVariable("testCosigner"));
    });
    TestEngine.BEANS.put("proposeAnnexDraftListener", (TaskListener) task -> task.setVariable(
        FollowUpProcess.VAR_ANNEX_NUMBER, "A" + (((Number) task.getVariable(FollowUpProcess.VAR_PERIOD)).intValue() - 1)
            + "M0"));
  }
}
