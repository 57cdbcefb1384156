package fr.iae.conventioning.followup;

import static fr.iae.conventioning.engine.TaskContext.actingUser;
import static fr.iae.conventioning.engine.TaskContext.reference;
import static fr.iae.conventioning.followup.FollowUpProcess.*;

import fr.iae.conventioning.engine.EngineErrors;
import fr.iae.conventioning.shared.ConventioningProperties;
import fr.iae.conventioning.shared.FormValues;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Listeners and delegates of stage 4, and the schedule the BPMN timers read. */
@Configuration
class FollowUpListeners {

  @Bean("followUp")
  FollowUpExpressions followUp(FollowUpProperties properties, ConventioningProperties conventioning) {
    return new FollowUpExpressions(new FollowUpSchedule(properties.period(), properties.finalReportAfter(),
        conventioning.zone()));
  }

  @Bean("followUpStartListener")
  ExecutionListener followUpStartListener(Clock clock) {
    return execution -> {
      execution.setVariable(VAR_PERIOD, 1);
      execution.setVariable(VAR_STARTED_AT, Date.from(clock.instant()));
    };
  }

  @Bean("submitFollowUpReportListener")
  TaskListener submitFollowUpReportListener(FollowUpService followUp) {
    return task -> {
      int period = ((Number) task.getVariable(VAR_PERIOD)).intValue();
      afterReport(task, followUp, EngineErrors.refuseAsUserError(() -> followUp.submit(reference(task), period, false,
          new FormValues(task::getVariable), actingUser(task))));
    };
  }

  /** After a periodic report: its figures written back, its indicators for the review, the next period begun. */
  static void afterReport(DelegateTask task, FollowUpService followUp, FollowUpReport report) {
    writeBack(task, report);
    task.setVariable(VAR_REPORT_INDICATORS, followUp.progress(report).text());
    task.setVariable(VAR_PERIOD, report.getPeriod() + 1);
    // this period's review starts blank
    task.removeVariable(VAR_DIFFICULTIES);
    task.removeVariable(VAR_FOLLOW_UP_COMMENT);
    task.removeVariable(VAR_DIALOGUE_OUTCOME);
  }

  @Bean("reviewFollowUpReportListener")
  TaskListener reviewFollowUpReportListener(FollowUpService followUp) {
    return task -> {
      FollowUpReport report = EngineErrors.refuseAsUserError(() -> followUp.review(reference(task),
          new FormValues(task::getVariable), actingUser(task)));
      task.setVariable(VAR_DIFFICULTIES, report.getDifficultiesFlagged());
    };
  }

  @Bean("holdManagementDialogueListener")
  TaskListener holdManagementDialogueListener(FollowUpService followUp) {
    return task -> EngineErrors.refuseAsUserError(() -> followUp.dialogue(reference(task),
        new FormValues(task::getVariable), actingUser(task)));
  }

  @Bean("cdiaeInformationDelegate")
  JavaDelegate cdiaeInformationDelegate(CdiaeInformation information) {
    return execution -> information.send(execution.getProcessBusinessKey());
  }

  @Bean("submitFinalReportListener")
  TaskListener submitFinalReportListener(FollowUpService followUp) {
    return task -> {
      FollowUpReport report = EngineErrors.refuseAsUserError(() -> followUp.submit(reference(task), 0, true,
          new FormValues(task::getVariable), actingUser(task)));
      writeBack(task, report);
      Progress progress = followUp.progress(report);
      task.setVariable(VAR_FINAL_INDICATORS, progress.text());
      task.setVariable(VAR_YEARLY_REPORTS, followUp.yearlyHistory(report.getConvention().getId()));
      task.setVariable(VAR_EXAMINED_EXITS, progress.rates().examinedExits());
      task.setVariable(VAR_ACHIEVED_DURABLE, asDouble(progress.rates().durableRate()));
      task.setVariable(VAR_ACHIEVED_DYNAMIC, asDouble(progress.rates().dynamicRate()));
      task.setVariable(VAR_TARGET_DURABLE, asDouble(progress.targetDurable()));
      task.setVariable(VAR_TARGET_DYNAMIC, asDouble(progress.targetDynamic()));
    };
  }

  @Bean("analyseResultsListener")
  TaskListener analyseResultsListener(FollowUpService followUp) {
    return task -> EngineErrors.refuseAsUserError(() -> followUp.analyse(reference(task),
        new FormValues(task::getVariable), actingUser(task)));
  }

  private static void writeBack(DelegateTask task, FollowUpReport report) {
    report.counts().asMap().forEach((category, count) -> task.setVariable(category.variable(), count));
    task.setVariable(VAR_FTE_REALIZED, report.getFteRealized().doubleValue());
  }

  private static Double asDouble(BigDecimal value) {
    return value == null ? null : value.doubleValue();
  }
}
