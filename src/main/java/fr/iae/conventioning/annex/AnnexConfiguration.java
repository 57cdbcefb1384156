package fr.iae.conventioning.annex;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AnnexConfiguration {

  @Bean
  AidCalculator aidCalculator(AidProperties properties) {
    return new AidCalculator(properties);
  }
}
