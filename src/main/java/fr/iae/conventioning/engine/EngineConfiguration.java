package fr.iae.conventioning.engine;

import fr.iae.conventioning.shared.ConventioningProperties;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class EngineConfiguration {

  @Bean
  Clock clock(ConventioningProperties properties) {
    return new EngineClock(properties.zone());
  }
}
