package fr.iae.conventioning.funding;

import static fr.iae.conventioning.convention.TimelineEntry.quoted;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionStatus;
import fr.iae.conventioning.convention.ConventionTimeline;
import fr.iae.conventioning.convention.TimelineEntry;
import fr.iae.conventioning.funding.approval.ApprovalService;
import fr.iae.conventioning.funding.approval.CdiaeOpinionRecord;
import fr.iae.conventioning.funding.approval.MeansDecision;
import fr.iae.conventioning.funding.approval.Signature;
import fr.iae.conventioning.funding.conference.ConferenceService;
import fr.iae.conventioning.funding.conference.FundersConference;
import fr.iae.conventioning.funding.conference.FundingCommitment;
import fr.iae.conventioning.security.Actor;
import fr.iae.conventioning.security.CurrentUser;
import fr.iae.conventioning.shared.FrenchFormat;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Stage 3: each funders' conference and the answers the viewer may read, the CDIAE's opinions, signatures, decisions. */
@Component
@Order(30)
class FundingTimeline implements ConventionTimeline {

  private final ConferenceService conferences;
  private final ApprovalService approval;

  FundingTimeline(ConferenceService conferences, ApprovalService approval) {
    this.conferences = conferences;
    this.approval = approval;
  }

  @Override
  public void addTo(Convention convention, CurrentUser viewer, List<TimelineEntry> entries) {
    Predicate<String> readable = FunderAnswers.readableBy(convention, viewer);
    for (FundersConference conference : conferences.conferences(convention.getId())) {
      entries.add(new TimelineEntry(conference.getPreparedAt(), conference.getPreparedBy(), Actor.STATE,
          ConventionStatus.FUNDING, "Conférence des financeurs n° " + conference.getNumber() + " préparée pour le "
              + FrenchFormat.date(conference.getConferenceDate()) + " : "
              + FrenchFormat.number(conference.getAgreedFte(), 2) + " ETP, aide au poste modulée "
              + FrenchFormat.euros(conference.getModulatedAid())));
      for (FundingCommitment commitment : conference.getCommitments()) {
        boolean mayRead = readable == null || conference.isSummarized()
            || readable.test(commitment.getFunder().getGroupId());
        if (commitment.getAnsweredAt() != null && mayRead) {
          entries.add(new TimelineEntry(commitment.getAnsweredAt(), commitment.getAnsweredBy(), Actor.FUNDER,
              ConventionStatus.FUNDING, commitment.getFunder().getName() + " : "
                  + commitment.getStatus().label().toLowerCase()
                  + (commitment.getAmount() == null ? "" : ", " + FrenchFormat.euros(commitment.getAmount()))
                  + (commitment.getNature() == null ? "" : " (" + commitment.getNature().label() + ")")));
        }
      }
      if (conference.isSummarized()) {
        entries.add(new TimelineEntry(conference.getSummarizedAt(), conference.getSummarizedBy(), Actor.STATE,
            ConventionStatus.FUNDING, "Plan de financement arrêté : aide de l'État "
                + FrenchFormat.euros(conference.stateAid()) + ", financeurs " + FrenchFormat.euros(
                conference.fundersTotal()) + ", total " + FrenchFormat.euros(conference.planTotal())));
      }
    }
    for (CdiaeOpinionRecord opinion : approval.opinions(convention.getId())) {
      entries.add(new TimelineEntry(opinion.getRecordedAt(), opinion.getRecordedBy(), Actor.CDIAE,
          ConventionStatus.CDIAE_OPINION, quoted(opinion.getOpinion().label() + " du CDIAE (séance du "
              + FrenchFormat.date(opinion.getSessionDate()) + ")", opinion.getComment())));
    }
    List<Signature> signatures = approval.signatures(convention.getId());
    for (Signature signature : signatures) {
      entries.add(new TimelineEntry(signature.getSignedAt(), signature.getSignerId(), party(signature),
          ConventionStatus.SIGNATURE, signature.isSigned()
              ? quoted(signature.getParty().label() + " signe la convention", signature.getComment())
              : quoted(signature.getParty().label() + " refuse de signer", signature.getComment())));
    }
    for (MeansDecision decision : approval.decisions(convention.getId())) {
      boolean afterRefusal = signatures.stream().anyMatch(signature -> !signature.isSigned()
          && signature.getConference().getNumber() == decision.getConference().getNumber());
      entries.add(new TimelineEntry(decision.getDecidedAt(), decision.getDecidedBy(), Actor.STATE,
          afterRefusal ? ConventionStatus.SIGNATURE : ConventionStatus.CDIAE_OPINION,
          quoted("Décision : " + decision.getDecision().label().toLowerCase(), decision.getComment())));
    }
  }

  private static Actor party(Signature signature) {
    return switch (signature.getParty()) {
      case PREFECT -> Actor.PREFECTURE;
      case EMPLOYMENT_AGENCY -> Actor.EMPLOYMENT_AGENCY;
      case STRUCTURE -> Actor.STRUCTURE;
      case DEPARTMENT -> Actor.FUNDER;
    };
  }
}
