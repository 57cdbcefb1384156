package fr.iae.conventioning.funding.approval;

/**
 * Who signs the convention: the structure, the prefect for the State, France Travail (formerly Pôle emploi), and the
 * Conseil départemental when it co-funds.
 */
public enum Party {
  PREFECT("Le préfet"),
  EMPLOYMENT_AGENCY("France Travail"),
  STRUCTURE("La structure"),
  DEPARTMENT("Le Conseil départemental");

  private final String label;

  Party(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
