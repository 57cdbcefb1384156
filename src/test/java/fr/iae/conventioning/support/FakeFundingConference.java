package fr.iae.conventioning.support;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Stands in for {@code fundingConference} in BPMN tests: the invited funders come from the variable {@code funders}
 * (codes separated by commas), a funder's group is {@code financeur-<code>}, and the deadlines follow the real rule
 * (the working day before the conference at 18:00; no answer when the conference day begins).
 */
public class FakeFundingConference {

  public List<String> invitedFunders(DelegateExecution execution) {
    return Arrays.stream(execution.getVariable("funders").toString().split(",")).map(String::trim).toList();
  }

  public String groupOf(String funder) {
    return "financeur-" + funder;
  }

  public String nameOf(String funder) {
    return "Financeur " + funder;
  }

  public Date answerDueDate(DelegateExecution execution) {
    LocalDate conference = LocalDate.parse(execution.getVariable("conferenceDate").toString());
    LocalDate day = TestEngine.CALENDAR.minusWorkingDays(conference, 1, "62");
    return Date.from(day.atTime(18, 0).atZone(TestEngine.ZONE).toInstant());
  }

  public Date noAnswerAt(DelegateExecution execution) {
    return Date.from(LocalDate.parse(execution.getVariable("conferenceDate").toString())
        .atStartOfDay(TestEngine.ZONE).toInstant());
  }
}
