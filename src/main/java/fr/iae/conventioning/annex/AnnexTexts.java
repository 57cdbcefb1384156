package fr.iae.conventioning.annex;

import fr.iae.conventioning.shared.FrenchFormat;

/** An annex and its modulation's evidence in French, for forms, mails and the PDF. */
public final class AnnexTexts {

  private AnnexTexts() {}

  /** "du 1er janvier 2028 au 31 décembre 2028 (12 mois)". */
  public static String period(FinancialAnnex annex) {
    return "du " + FrenchFormat.date(annex.period().first()) + " au " + FrenchFormat.date(annex.period().last()) + " ("
        + FrenchFormat.number(annex.period().months(), 2) + " mois)";
  }

  /** The pricing in one paragraph. */
  public static String pricing(FinancialAnnex annex) {
    StringBuilder text = new StringBuilder();
    text.append("Annexe ").append(annex.getNumber()).append(", ").append(period(annex)).append(" :\n\n");
    text.append("- ETP d'insertion : **").append(FrenchFormat.number(annex.getFte(), 2)).append("**\n");
    text.append("- Montant socle : ").append(FrenchFormat.number(annex.getFte(), 2)).append(" ETP × ")
        .append(FrenchFormat.euros(annex.getUnitAmount())).append(" par an (montant ").append(annex.getUnitAmountYear())
        .append(") × ").append(FrenchFormat.number(annex.period().months(), 2)).append(" / 12 = **")
        .append(FrenchFormat.euros(annex.getBaseAmount())).append("**\n");
    text.append("- Part modulée : ").append(FrenchFormat.number(annex.getModulationRate(), 2)).append(" % du socle = **")
        .append(FrenchFormat.euros(annex.getModulatedAmount())).append("**");
    if (annex.getProposedRate() != null) {
      text.append(" (taux proposé par les critères : ").append(FrenchFormat.number(annex.getProposedRate(), 2))
          .append(" %)");
    }
    text.append("\n");
    if (annex.getModulationReason() != null) {
      text.append("- Motif de l'ajustement du taux : ").append(annex.getModulationReason()).append("\n");
    }
    text.append("- Aide de l'État pour l'année : **").append(FrenchFormat.euros(annex.getTotalAmount())).append("**");
    if (annex.getAmends() != null) {
      text.append("\n- Avenant à l'annexe ").append(annex.getAmends().getNumber()).append(" (")
          .append(FrenchFormat.number(annex.getAmends().getFte(), 2)).append(" ETP) : ")
          .append(annex.getAmendmentReason());
    }
    return text.toString();
  }

  /** The three criteria with their indicators and scores, and the rate they propose. */
  public static String evidence(ModulationEvidence evidence, Modulation.Proposal proposal) {
    StringBuilder text = new StringBuilder();
    for (Modulation.Score score : proposal.scores()) {
      text.append("- **").append(score.criterion().label()).append("** (poids ").append(score.weight()).append(") : ");
      text.append(score.criterion().indicator()).append(" ");
      text.append(score.level() == null ? "non renseignée" : FrenchFormat.percent(score.level()));
      text.append(", score plein à ").append(FrenchFormat.percent(score.fullAt())).append(" → score ")
          .append(FrenchFormat.number(score.score(), 2)).append("\n");
      text.append(detail(score.criterion(), evidence));
    }
    text.append("\n**Taux de modulation proposé par les critères : ").append(FrenchFormat.number(proposal.rate(), 2))
        .append(" %** (au plus ").append(FrenchFormat.number(proposal.maxRate(), 2)).append(" % du montant socle).");
    return text.toString();
  }

  private static String detail(Modulation.Criterion criterion, ModulationEvidence e) {
    return switch (criterion) {
      case PUBLICS -> e.hires() == null ? "" : "  - " + e.hiresPriority() + " recrutements sur " + e.hires()
          + " parmi les publics prioritaires, dont demandeurs d'emploi de longue durée : " + e.hiresLongTermUnemployed()
          + ", bénéficiaires du RSA : " + e.hiresRsa() + ", résidents des quartiers prioritaires : "
          + e.hiresPriorityNeighbourhood() + ", travailleurs handicapés : " + e.hiresDisabled() + "\n";
      case EFFORT -> e.employeesSupported() == null ? "" : "  - " + e.employeesTrained() + " salariés formés sur "
          + e.employeesSupported() + " accompagnés dans l'année\n";
      case RESULTS -> e.dynamicRate() == null ? "" : "  - sorties dynamiques " + FrenchFormat.percent(e.dynamicRate())
          + " pour un objectif de " + FrenchFormat.percent(e.targetDynamicRate()) + "\n";
    };
  }
}
