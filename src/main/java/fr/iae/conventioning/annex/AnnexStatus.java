package fr.iae.conventioning.annex;

/**
 * The states of a financial annex, as the payment agency (ASP) names them; how the application moves an annex through
 * them is in docs/domain.md. The application does not issue {@code PROVISOIRE} annexes (the ASP's provisional annex,
 * in force while the year's annex is not signed).
 */
public enum AnnexStatus {
  BROUILLON("Brouillon"),
  SAISI("Proposée, en cours de signature"),
  PROVISOIRE("Provisoire"),
  VALIDE("Signée"),
  CLOTURE("Clôturée"),
  ANNULE("Annulée"),
  REJETE("Rejetée"),
  HISTORISE("Remplacée par un avenant");

  private final String label;

  AnnexStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Still on its way to a signature. */
  public boolean pending() {
    return this == BROUILLON || this == SAISI;
  }
}
