package fr.iae.conventioning.followup;

import static fr.iae.conventioning.convention.ConventioningProcess.VAR_CONVENTION_START;
import static fr.iae.conventioning.convention.ConventioningProcess.VAR_DURATION_MONTHS;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * What {@code follow-up.bpmn} asks of the schedule: is there a periodic report before the end, when is it due, when
 * does the convention end. Used as {@code ${followUp.nextReportAt(execution)}}.
 */
public class FollowUpExpressions {

  private final FollowUpSchedule schedule;

  public FollowUpExpressions(FollowUpSchedule schedule) {
    this.schedule = schedule;
  }

  public boolean hasReportBeforeEnd(DelegateExecution execution) {
    return schedule.reportBeforeEnd(period(execution), start(execution), months(execution), stageStart(execution));
  }

  public Date nextReportAt(DelegateExecution execution) {
    return Date.from(schedule.report(period(execution), start(execution), stageStart(execution)));
  }

  /** Whether a yearly annex remains to be prepared before the end (the annual cycle, from the second version on). */
  public boolean hasAnnexAhead(DelegateExecution execution) {
    return schedule.annexAhead(period(execution), start(execution), months(execution), stageStart(execution));
  }

  /** When the yearly cycle of the next annex begins. */
  public Date nextAnnexAt(DelegateExecution execution) {
    return Date.from(schedule.annexCycle(period(execution), start(execution), months(execution),
        stageStart(execution)));
  }

  public Date endAt(DelegateExecution execution) {
    return Date.from(schedule.end(start(execution), months(execution), stageStart(execution)));
  }

  private static int period(DelegateExecution execution) {
    return ((Number) execution.getVariable(FollowUpProcess.VAR_PERIOD)).intValue();
  }

  private static LocalDate start(DelegateExecution execution) {
    return LocalDate.parse(execution.getVariable(VAR_CONVENTION_START).toString());
  }

  private static int months(DelegateExecution execution) {
    return ((Number) execution.getVariable(VAR_DURATION_MONTHS)).intValue();
  }

  private static Instant stageStart(DelegateExecution execution) {
    Object started = execution.getVariable(FollowUpProcess.VAR_STARTED_AT);
    return started instanceof Date date ? date.toInstant() : ClockUtil.getCurrentTime().toInstant();
  }
}
