package fr.iae.conventioning.funding;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.funding.approval.ApprovalService;
import fr.iae.conventioning.funding.approval.Opinion;
import fr.iae.conventioning.funding.conference.CommitmentStatus;
import fr.iae.conventioning.funding.conference.ConferenceService;
import fr.iae.conventioning.funding.conference.FundersConference;
import fr.iae.conventioning.funding.conference.FundingCommitment;
import fr.iae.conventioning.shared.FrenchFormat;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The texts (Markdown) stage 3's forms and mails show: the funders' answers, the funding plan, the refusals. */
@Component
public class FundingTexts {

  private final ConferenceService conferences;
  private final ApprovalService approval;

  FundingTexts(ConferenceService conferences, ApprovalService approval) {
    this.conferences = conferences;
    this.approval = approval;
  }

  /** The funders' answers, for the State service's summary. */
  @Transactional(readOnly = true)
  public String answers(String reference) {
    FundersConference conference = conferences.current(reference);
    StringBuilder text = new StringBuilder("Conférence du " + FrenchFormat.date(conference.getConferenceDate())
        + " :\n\n");
    for (FundingCommitment commitment : conference.getCommitments()) {
      text.append("- **").append(commitment.getFunder().getName()).append("** : ")
          .append(commitment.getStatus().label());
      if (commitment.getStatus() == CommitmentStatus.COMMITTED) {
        text.append(", ").append(commitment.getNature().label()).append(", ")
            .append(FrenchFormat.euros(commitment.getAmount()));
      }
      text.append("\n");
    }
    return text.toString();
  }

  /** The funding plan once the conference is summed up. */
  @Transactional(readOnly = true)
  public String plan(String reference) {
    FundersConference conference = conferences.current(reference);
    if (!conference.isSummarized()) {
      return "";
    }
    Convention convention = conference.getConvention();
    StringBuilder text = new StringBuilder();
    text.append("- ETP d'insertion conventionnés : **").append(FrenchFormat.number(conference.getAgreedFte(), 2))
        .append("** sur ").append(convention.getDurationMonths()).append(" mois\n");
    text.append("- Aide au poste de l'État, montant socle : ").append(FrenchFormat.euros(conference.getBaseAid()))
        .append(" (").append(FrenchFormat.euros(conference.getUnitAmount())).append(" par ETP et par an, barème ")
        .append(conference.getUnitAmountYear()).append(")\n");
    text.append("- Part modulée (").append(FrenchFormat.number(conference.getModulationRate(), 2)).append(" %) : ")
        .append(FrenchFormat.euros(conference.getModulatedAid())).append("\n");
    text.append("- **Aide de l'État : ").append(FrenchFormat.euros(conference.stateAid())).append("**\n");
    for (FundingCommitment commitment : conference.getCommitments()) {
      if (commitment.getStatus() == CommitmentStatus.COMMITTED) {
        text.append("- ").append(commitment.getFunder().getName()).append(" (").append(commitment.getNature().label())
            .append(") : ").append(FrenchFormat.euros(commitment.getAmount())).append("\n");
      }
    }
    text.append("- **Total du plan de financement : ").append(FrenchFormat.euros(conference.planTotal()))
        .append("**\n");
    return text.toString();
  }

  /** Why the State service must decide: the CDIAE's unfavourable opinion, the refusals to sign. */
  @Transactional(readOnly = true)
  public String refusalReasons(String reference) {
    FundersConference conference = conferences.current(reference);
    StringBuilder text = new StringBuilder();
    approval.opinionsOn(conference).stream().filter(o -> o.getOpinion() == Opinion.UNFAVORABLE)
        .forEach(o -> text.append("- CDIAE, séance du ").append(FrenchFormat.date(o.getSessionDate())).append(" : ")
            .append(o.getOpinion().label()).append(". ").append(o.getComment()).append("\n"));
    approval.signaturesOn(conference).stream().filter(s -> !s.isSigned())
        .forEach(s -> text.append("- ").append(s.getParty().label()).append(" refuse de signer : ")
            .append(s.getComment()).append("\n"));
    return text.toString();
  }
}
