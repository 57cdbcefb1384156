package fr.iae.conventioning.funder;

/** The kinds of funders gathered at a funders' conference. */
public enum FunderKind {
  DEPARTEMENT("Conseil départemental"),
  REGION("Conseil régional"),
  PLIE("Plan local pour l'insertion et l'emploi"),
  COMMUNE("Commune ou intercommunalité"),
  ETAT("État"),
  FSE("Fonds social européen"),
  AUTRE("Autre financeur");

  private final String label;

  FunderKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
