package fr.iae.conventioning.project;

import static fr.iae.conventioning.engine.TaskContext.actingUser;
import static fr.iae.conventioning.engine.TaskContext.reference;

import fr.iae.conventioning.engine.EngineErrors;
import fr.iae.conventioning.shared.FormValues;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Complete listeners of stage 1: a refused value rolls the completion back with a French message; accepted values
 * are written back with the contract's types whatever the form sent.
 */
@Configuration
class ProjectListeners {

  @Bean("submitInsertionProjectListener")
  TaskListener submitInsertionProjectListener(ProjectService projects) {
    return task -> {
      ProjectSubmission submission = EngineErrors.refuseAsUserError(
          () -> projects.submit(reference(task), new FormValues(task::getVariable), actingUser(task)));
      task.setVariable(InsertionProjectProcess.VAR_REQUESTED_FTE, submission.content().requestedFte().doubleValue());
      // the previous review is answered: the next review starts blank (it stays in the project's history)
      task.removeVariable(InsertionProjectProcess.VAR_APPLICATION_COMPLETE);
      task.removeVariable(InsertionProjectProcess.VAR_REVIEW_COMMENT);
      // the next review reads its earlier comment and what changed since
      String since = projects.sinceLastReview(submission);
      if (since == null) {
        task.removeVariable(InsertionProjectProcess.VAR_SINCE_LAST_REVIEW);
      } else {
        task.setVariable(InsertionProjectProcess.VAR_SINCE_LAST_REVIEW, since);
      }
    };
  }

  @Bean("reviewApplicationListener")
  TaskListener reviewApplicationListener(ProjectService projects) {
    return task -> {
      ProjectSubmission reviewed = EngineErrors.refuseAsUserError(
          () -> projects.review(reference(task), new FormValues(task::getVariable), actingUser(task)));
      task.setVariable(InsertionProjectProcess.VAR_APPLICATION_COMPLETE, reviewed.getReviewComplete());
    };
  }
}
