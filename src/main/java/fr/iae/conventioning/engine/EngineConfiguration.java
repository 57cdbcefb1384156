package fr.iae.conventioning.engine;

import fr.iae.conventioning.shared.ConventioningProperties;
import java.time.Clock;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class EngineConfiguration {

  /** Tasklist's refusals in French (see {@link WebappApiErrors}). */
  @Bean
  FilterRegistrationBean<WebappApiErrors> webappApiErrors(ProcessEngine engine) {
    FilterRegistrationBean<WebappApiErrors> registration =
        new FilterRegistrationBean<>(new WebappApiErrors(engine.getName()));
    registration.addUrlPatterns("/camunda/api/engine/*");
    registration.setName("webapp-api-errors");
    return registration;
  }

  @Bean
  Clock clock(ConventioningProperties properties) {
    return new EngineClock(properties.zone());
  }
}
