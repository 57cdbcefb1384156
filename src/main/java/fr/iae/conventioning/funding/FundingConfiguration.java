package fr.iae.conventioning.funding;

import fr.iae.conventioning.funding.conference.AidCalculator;
import fr.iae.conventioning.funding.conference.AidProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class FundingConfiguration {

  @Bean
  AidCalculator aidCalculator(AidProperties properties) {
    return new AidCalculator(properties);
  }
}
