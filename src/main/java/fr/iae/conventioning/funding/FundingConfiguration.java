package fr.iae.conventioning.funding;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class FundingConfiguration {

  @Bean
  AidCalculator aidCalculator(AidProperties properties) {
    return new AidCalculator(properties);
  }
}
