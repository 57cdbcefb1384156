package fr.iae.conventioning.indicators;

/**
 * Where an employee in insertion went on leaving the structure (docs/domain.md, "Exits and indicators"), with the name
 * of its count in forms and REST bodies.
 */
public enum ExitCategory {
  DURABLE("exitsDurable", "Emploi durable"),
  TRANSITION("exitsTransition", "Emploi de transition"),
  POSITIVE("exitsPositive", "Sortie positive"),
  UNEMPLOYED("exitsUnemployed", "Demandeur d'emploi"),
  INACTIVE("exitsInactive", "Inactif"),
  NO_NEWS("exitsNoNews", "Sans nouvelles"),
  OTHER_KNOWN("exitsOtherKnown", "Autre situation connue"),
  WITHDRAWN("exitsWithdrawn", "Retrait des sorties");

  private final String variable;
  private final String label;

  ExitCategory(String variable, String label) {
    this.variable = variable;
    this.label = label;
  }

  public String variable() {
    return variable;
  }

  public String label() {
    return label;
  }

  /** Lasting employment, transition employment and positive exits together. */
  public boolean isDynamic() {
    return this == DURABLE || this == TRANSITION || this == POSITIVE;
  }
}
