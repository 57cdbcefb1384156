package fr.iae.conventioning.funding.conference;

/** What a funder commits: money, or services in kind. */
public enum FundingNature {
  FINANCIAL("Financement"),
  EMPLOYMENT_SERVICES("Services du service public de l'emploi"),
  DLA("Accompagnement DLA"),
  PARTNERSHIP("Partenariat"),
  OTHER("Autre");

  private final String label;

  FundingNature(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
