package fr.iae.conventioning.annex;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the modulated part is proposed from the three criteria of the aid per post (Code du travail R5132-1 to R5132-10, the 2014
 * financing reform): each criterion scores from 0 to 1, reaching 1 at its {@code fullAt} level; the proposed rate is
 * the weighted mean of the scores times the highest rate.
 *
 * @param publicsWeight weight of the characteristics of the people hired
 * @param effortWeight weight of the insertion effort (support and training)
 * @param resultsWeight weight of the exit results
 * @param publicsFullAt share of hires among priority publics, in percent, that scores 1
 * @param effortFullAt share of employees in insertion trained during the year, in percent, that scores 1
 * @param resultsFullAt dynamic exit rate in percent of its negotiated target that scores 1
 */
@ConfigurationProperties("conventioning.aid.modulation")
public record ModulationProperties(
    @DefaultValue("40") int publicsWeight,
    @DefaultValue("20") int effortWeight,
    @DefaultValue("40") int resultsWeight,
    @DefaultValue("80") BigDecimal publicsFullAt,
    @DefaultValue("50") BigDecimal effortFullAt,
    @DefaultValue("100") BigDecimal resultsFullAt) {

  public ModulationProperties {
    if (publicsWeight < 0 || effortWeight < 0 || resultsWeight < 0 || publicsWeight + effortWeight + resultsWeight == 0) {
      throw new IllegalArgumentException("conventioning.aid.modulation: the weights must be positive or zero, and not"
          + " all zero");
    }
  }
}
