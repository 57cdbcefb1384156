package fr.iae.conventioning.convention;

/** Where a convention stands (docs/contract.md, "Convention status"). */
public enum ConventionStatus {
  PROJECT("Projet d'insertion"),
  OBJECTIVES("Négociation des objectifs"),
  FUNDING("Conférence des financeurs"),
  CDIAE_OPINION("Avis du CDIAE"),
  SIGNATURE("Signature"),
  ACTIVE("En cours d'exécution"),
  FINAL_REVIEW("Bilan final"),
  RENEWAL("Renouvellement"),
  RENEWED("Renouvelée"),
  CLOSED("Close"),
  REFUSED("Refusée");

  private final String label;

  ConventionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** A convention in progress blocks a second one for the same structure. */
  public boolean isInProgress() {
    return this != RENEWED && this != CLOSED && this != REFUSED;
  }
}
