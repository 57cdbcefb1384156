package fr.iae.conventioning.funding;

/** The closed lists of stage 3, with the French labels users read. */
public final class FundingEnums {

  private FundingEnums() {}

  public enum CommitmentStatus {
    INVITED("Invité, pas encore de réponse"),
    COMMITTED("Engagé"),
    DECLINED("Décline"),
    NO_ANSWER("Sans réponse à la date de la conférence");

    private final String label;

    CommitmentStatus(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

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

  public enum Opinion {
    FAVORABLE("Avis favorable"),
    RESERVED("Avis favorable avec réserves"),
    UNFAVORABLE("Avis défavorable");

    private final String label;

    Opinion(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

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
}
