package fr.iae.conventioning.funding.approval;

/** Who signs the convention: the structure, the prefect for the State, and France Travail (formerly Pôle emploi). */
public enum Party {
  PREFECT("Le préfet"),
  EMPLOYMENT_AGENCY("France Travail"),
  STRUCTURE("La structure");

  private final String label;

  Party(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
