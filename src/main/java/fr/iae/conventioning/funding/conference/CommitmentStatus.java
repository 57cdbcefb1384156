package fr.iae.conventioning.funding.conference;

/** Where a funder's answer to one conference stands. */
public enum CommitmentStatus {
  INVITED("Invité, pas encore de réponse"),
  COMMITTED("Engagé"),
  DECLINED("Décline"),
  NO_ANSWER("Sans réponse à la date de la conférence");

  private final String label;

  CommitmentStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
