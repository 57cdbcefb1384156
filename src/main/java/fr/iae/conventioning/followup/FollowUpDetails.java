package fr.iae.conventioning.followup;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionDetails;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The follow-up reports with their indicators, and the latest indicators, in {@code GET /api/conventions/{ref}}. */
@Component
@Order(40)
class FollowUpDetails implements ConventionDetails {

  private final FollowUpService followUp;

  FollowUpDetails(FollowUpService followUp) {
    this.followUp = followUp;
  }

  @Override
  public void addTo(Convention convention, Map<String, Object> details) {
    List<FollowUpReport> reports = followUp.reports(convention.getId());
    details.put("reports", reports.stream().map(this::report).toList());
    details.put("indicators", reports.isEmpty() ? null
        : indicators(followUp.progress(followUp.finalReport(convention.getId()).orElse(reports.get(reports.size() - 1)))));
  }

  private Map<String, Object> report(FollowUpReport report) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("period", report.isFinalReport() ? null : report.getPeriod());
    map.put("final", report.isFinalReport());
    map.put("exits", counts(report));
    map.put("fteRealized", report.getFteRealized());
    map.put("comment", report.getReportComment());
    map.put("submittedBy", report.getSubmittedBy());
    map.put("submittedAt", report.getSubmittedAt().toString());
    map.put("indicators", indicators(followUp.progress(report)));
    Map<String, Object> review = new LinkedHashMap<>();
    review.put("difficultiesFlagged", report.getDifficultiesFlagged());
    review.put("comment", report.getFollowUpComment());
    review.put("by", report.getReviewedBy());
    review.put("at", report.getReviewedAt() == null ? null : report.getReviewedAt().toString());
    map.put("review", review);
    Map<String, Object> dialogue = new LinkedHashMap<>();
    dialogue.put("outcome", report.getDialogueOutcome());
    dialogue.put("by", report.getDialogueBy());
    dialogue.put("at", report.getDialogueAt() == null ? null : report.getDialogueAt().toString());
    map.put("managementDialogue", report.getDialogueOutcome() == null ? null : dialogue);
    if (report.isFinalReport()) {
      Map<String, Object> analysis = new LinkedHashMap<>();
      analysis.put("text", report.getSharedAnalysis());
      analysis.put("by", report.getAnalysedBy());
      analysis.put("at", report.getAnalysedAt() == null ? null : report.getAnalysedAt().toString());
      map.put("sharedAnalysis", report.getSharedAnalysis() == null ? null : analysis);
    }
    return map;
  }

  private static Map<String, Object> counts(FollowUpReport report) {
    Map<String, Object> counts = new LinkedHashMap<>();
    report.counts().asMap().forEach((category, count) -> counts.put(category.variable(), count));
    return counts;
  }

  private static Map<String, Object> indicators(Progress progress) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("examinedExits", progress.rates().examinedExits());
    map.put("durableRate", progress.rates().durableRate());
    map.put("dynamicRate", progress.rates().dynamicRate());
    map.put("dynamicRateNetworkVariant", progress.rates().dynamicRateNetworkVariant());
    map.put("targetDurableRate", progress.targetDurable());
    map.put("targetDynamicRate", progress.targetDynamic());
    map.put("fteRealized", progress.fteRealized());
    map.put("fteAgreed", progress.fteAgreed());
    map.put("fteRealizedRate", progress.fteRatio());
    return map;
  }
}
