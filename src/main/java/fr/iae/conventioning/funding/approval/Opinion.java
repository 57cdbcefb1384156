package fr.iae.conventioning.funding.approval;

/** The CDIAE's opinion on a convention. */
public enum Opinion {
  FAVORABLE("Avis favorable"),
  RESERVED("Avis favorable avec réserves"),
  UNFAVORABLE("Avis défavorable");

  private final String label;

  Opinion(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
