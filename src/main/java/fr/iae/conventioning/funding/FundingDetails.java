package fr.iae.conventioning.funding;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionDetails;
import fr.iae.conventioning.funding.approval.ApprovalService;
import fr.iae.conventioning.funding.approval.CdiaeOpinionRecord;
import fr.iae.conventioning.funding.approval.MeansDecision;
import fr.iae.conventioning.funding.approval.Signature;
import fr.iae.conventioning.funding.conference.ConferenceService;
import fr.iae.conventioning.funding.conference.FundersConference;
import fr.iae.conventioning.funding.document.SignedConventionService;
import fr.iae.conventioning.security.CurrentUserProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Stage 3 in {@code GET /api/conventions/{reference}}: the funding by funder and the aid of the last conference,
 * every conference, the CDIAE's opinions, the signatures, the decisions, and whether the document exists.
 */
@Component
@Order(30)
class FundingDetails implements ConventionDetails {

  private final ConferenceService conferences;
  private final ApprovalService approval;
  private final SignedConventionService documents;
  private final CurrentUserProvider currentUser;

  FundingDetails(ConferenceService conferences, ApprovalService approval, SignedConventionService documents,
      CurrentUserProvider currentUser) {
    this.conferences = conferences;
    this.approval = approval;
    this.documents = documents;
    this.currentUser = currentUser;
  }

  @Override
  public void addTo(Convention convention, Map<String, Object> details) {
    List<FundersConference> conferences = this.conferences.conferences(convention.getId());
    Predicate<String> ownAnswer = ownAnswerOfViewer(convention);
    details.put("funding", conferences.isEmpty() ? null
        : conference(conferences.get(conferences.size() - 1), ownAnswer));
    details.put("conferences", conferences.stream().map(conference -> conference(conference, ownAnswer)).toList());
    List<CdiaeOpinionRecord> opinions = approval.opinions(convention.getId());
    details.put("cdiaeOpinion", opinions.isEmpty() ? null : opinion(opinions.get(opinions.size() - 1)));
    details.put("cdiaeOpinions", opinions.stream().map(FundingDetails::opinion).toList());
    details.put("signatures", approval.signatures(convention.getId()).stream().map(FundingDetails::signature).toList());
    details.put("decisions", approval.decisions(convention.getId()).stream().map(FundingDetails::decision).toList());
    details.put("draft", documents.hasDraft(convention) ? "/api/conventions/" + convention.getReference() + "/draft"
        : null);
    details.put("document", documents.document(convention).map(document -> Map.<String, Object>of(
        "url", "/api/conventions/" + convention.getReference() + "/document",
        "fileName", document.getFileName(),
        "createdAt", document.getCreatedAt().toString())).orElse(null));
  }

  private Predicate<String> ownAnswerOfViewer(Convention convention) {
    return FunderAnswers.readableBy(convention, currentUser.current().orElse(null));
  }

  private static Map<String, Object> conference(FundersConference conference, Predicate<String> ownAnswer) {
    boolean partial = ownAnswer != null && !conference.isSummarized();
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("summarized", conference.isSummarized());
    map.put("conference", conference.getNumber());
    map.put("conferenceDate", conference.getConferenceDate().toString());
    map.put("preparedBy", conference.getPreparedBy());
    map.put("agreedFte", conference.getAgreedFte());
    map.put("modulationRate", conference.getModulationRate());
    map.put("unitAmount", conference.getUnitAmount());
    map.put("unitAmountYear", conference.getUnitAmountYear());
    map.put("baseAid", conference.getBaseAid());
    map.put("modulatedAid", conference.getModulatedAid());
    map.put("stateAid", conference.stateAid());
    map.put("fundersTotal", partial ? null : conference.fundersTotal());
    map.put("total", partial ? null : conference.planTotal());
    map.put("funders", conference.getCommitments().stream()
        .filter(commitment -> !partial || ownAnswer.test(commitment.getFunder().getGroupId()))
        .map(commitment -> {
          Map<String, Object> funder = new LinkedHashMap<>();
          funder.put("code", commitment.getFunder().getCode());
          funder.put("name", commitment.getFunder().getName());
          funder.put("status", commitment.getStatus().name());
          funder.put("statusLabel", commitment.getStatus().label());
          funder.put("amount", commitment.getAmount());
          funder.put("nature", commitment.getNature() == null ? null : commitment.getNature().name());
          funder.put("answeredBy", commitment.getAnsweredBy());
          funder.put("answeredAt", commitment.getAnsweredAt() == null ? null : commitment.getAnsweredAt().toString());
          return funder;
        }).toList());
    return map;
  }

  private static Map<String, Object> opinion(CdiaeOpinionRecord opinion) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("opinion", opinion.getOpinion().name());
    map.put("label", opinion.getOpinion().label());
    map.put("comment", opinion.getComment());
    map.put("sessionDate", opinion.getSessionDate().toString());
    map.put("recordedBy", opinion.getRecordedBy());
    map.put("conference", opinion.getConference().getNumber());
    return map;
  }

  private static Map<String, Object> signature(Signature signature) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("party", signature.getParty().name());
    map.put("signed", signature.isSigned());
    map.put("signer", signature.getSignerId());
    map.put("signerName", signature.getSignerName());
    map.put("at", signature.getSignedAt().toString());
    map.put("comment", signature.getComment());
    map.put("conference", signature.getConference().getNumber());
    return map;
  }

  private static Map<String, Object> decision(MeansDecision decision) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("decision", decision.getDecision().name());
    map.put("comment", decision.getComment());
    map.put("decidedBy", decision.getDecidedBy());
    map.put("at", decision.getDecidedAt().toString());
    map.put("conference", decision.getConference().getNumber());
    return map;
  }
}
