package fr.iae.conventioning.architecture.crossing.funding;

import fr.iae.conventioning.architecture.crossing.objectives.ObjectivesRules;

public class FundingRules {

  private final ObjectivesRules objectives = new ObjectivesRules();

  public int rounds() {
    return objectives.maxRounds();
  }
}
