package fr.iae.conventioning.architecture.crossing.objectives;

public class ObjectivesRules {

  public int maxRounds() {
    return 3;
  }
}
