package fr.iae.conventioning.funding.approval;

/** Who signs the convention besides the structure: the prefect for the State, and Pôle emploi. */
public enum Party {
  PREFECT("Le préfet"),
  EMPLOYMENT_AGENCY("Pôle emploi");

  private final String label;

  Party(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
