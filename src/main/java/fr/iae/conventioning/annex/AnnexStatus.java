package fr.iae.conventioning.annex;

/**
 * The states of a financial annex, as the payment agency (ASP) names them; how the application moves an annex through
 * them is in docs/domain.md.
 */
public enum AnnexStatus {
  BROUILLON("Brouillon"),
  SAISI("Proposée par la DDETS"),
  PROVISOIRE("Acceptée par la structure, en attente de signature"),
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
    return this == BROUILLON || this == SAISI || this == PROVISOIRE;
  }
}
