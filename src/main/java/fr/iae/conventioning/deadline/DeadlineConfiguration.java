package fr.iae.conventioning.deadline;

import fr.iae.conventioning.shared.ConventioningProperties;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class DeadlineConfiguration {

  @Bean
  WorkingDayCalendar workingDayCalendar() {
    return new WorkingDayCalendar();
  }

  @Bean
  DeadlinePolicy deadlinePolicy(DeadlineProperties properties, WorkingDayCalendar calendar,
      ConventioningProperties conventioning) {
    return new DeadlinePolicy(properties, calendar, conventioning.zone());
  }

  @Bean("taskDeadlines")
  TaskDeadlines taskDeadlines(DeadlinePolicy policy, Clock clock) {
    return new TaskDeadlines(policy, clock);
  }
}
