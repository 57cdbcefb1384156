package fr.iae.conventioning.funding;

import fr.iae.conventioning.convention.ConventioningProcess;
import fr.iae.conventioning.deadline.DeadlineProperties;
import fr.iae.conventioning.deadline.WorkingDayCalendar;
import fr.iae.conventioning.funder.FunderService;
import fr.iae.conventioning.funding.conference.ConferenceService;
import fr.iae.conventioning.shared.ConventioningProperties;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What {@code means-negotiation.bpmn} asks of the funders' conference: the funders to ask (one
 * {@code commitFunding} each), their groups, and the funders' deadline. A funder answers by the working day before
 * the conference, at the usual due time (its task's due date, which the reminder and the escalation follow); when
 * the conference day begins without an answer, the funder is recorded as not having answered.
 */
@Component("fundingConference")
public class FundingConferenceExpressions {

  private final ConferenceService conferences;
  private final FunderService funders;
  private final WorkingDayCalendar calendar;
  private final DeadlineProperties deadlines;
  private final ConventioningProperties conventioning;

  FundingConferenceExpressions(ConferenceService conferences, FunderService funders, WorkingDayCalendar calendar,
      DeadlineProperties deadlines, ConventioningProperties conventioning) {
    this.conferences = conferences;
    this.funders = funders;
    this.calendar = calendar;
    this.deadlines = deadlines;
    this.conventioning = conventioning;
  }

  public List<String> invitedFunders(DelegateExecution execution) {
    return conferences.invitedFunders(execution.getProcessBusinessKey());
  }

  public String groupOf(String funderCode) {
    return funders.groupOf(funderCode);
  }

  public String nameOf(String funderCode) {
    return funders.nameOf(funderCode);
  }

  public Date answerDueDate(DelegateExecution execution) {
    LocalDate conference = conferenceDate(execution);
    Object department = execution.getVariable(ConventioningProcess.VAR_DEPARTMENT);
    LocalDate day = calendar.minusWorkingDays(conference, 1, department == null ? null : department.toString());
    return Date.from(day.atTime(deadlines.dueTime()).atZone(conventioning.zone()).toInstant());
  }

  public Date noAnswerAt(DelegateExecution execution) {
    return Date.from(conferenceDate(execution).atStartOfDay(conventioning.zone()).toInstant());
  }

  private static LocalDate conferenceDate(DelegateExecution execution) {
    return LocalDate.parse(execution.getVariable(MeansNegotiationProcess.VAR_CONFERENCE_DATE).toString());
  }
}
