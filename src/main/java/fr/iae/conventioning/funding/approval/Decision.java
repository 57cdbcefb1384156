package fr.iae.conventioning.funding.approval;

/** The State service's decision after an unfavourable opinion or a refusal to sign. */
public enum Decision {
  RENEGOTIATE("Renégocier les objectifs"),
  REFUSE("Refuser la convention");

  private final String label;

  Decision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
