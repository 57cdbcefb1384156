package fr.iae.conventioning.annex;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionDetails;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The financial annexes in {@code GET /api/conventions/{reference}} ({@code annexes}, docs/contract.md). */
@Component
@Order(45)
class AnnexDetails implements ConventionDetails {

  private final AnnexService annexes;

  AnnexDetails(AnnexService annexes) {
    this.annexes = annexes;
  }

  @Override
  public void addTo(Convention convention, Map<String, Object> details) {
    details.put("annexes", annexes.of(convention.getId()).stream().map(annex -> annex(convention, annex)).toList());
  }

  private Map<String, Object> annex(Convention convention, FinancialAnnex annex) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("number", annex.getNumber());
    map.put("aspNumber", convention.getReference() + annex.getNumber());
    map.put("year", annex.period().first().getYear());
    map.put("period", Map.of("start", annex.period().first().toString(), "end", annex.period().last().toString()));
    map.put("months", annex.period().months());
    map.put("fte", annex.getFte());
    map.put("unitAmount", annex.getUnitAmount());
    map.put("unitAmountYear", annex.getUnitAmountYear());
    map.put("baseAmount", annex.getBaseAmount());
    map.put("proposedRate", annex.getProposedRate());
    map.put("modulationRate", annex.getModulationRate());
    map.put("modulationReason", annex.getModulationReason());
    map.put("modulatedAmount", annex.getModulatedAmount());
    map.put("totalAmount", annex.getTotalAmount());
    map.put("status", annex.getStatus().name());
    map.put("statusLabel", annex.getStatus().label());
    map.put("signedAt", text(annex.signedAt()));
    map.put("signedWithConvention", annex.isSignedWithConvention());
    map.put("signatures", signatures(annex));
    map.put("amends", annex.getAmends() == null ? null : annex.getAmends().getNumber());
    map.put("amendmentReason", annex.getAmendmentReason());
    map.put("rejection", annex.getRejection() == null ? null
        : Map.of("reason", annex.getRejection(), "by", annex.getRejectedBy(), "at", text(annex.getRejectedAt())));
    map.put("modulation", modulation(annex));
    map.put("document", annex.getStatus() == AnnexStatus.BROUILLON ? null
        : "/api/conventions/" + convention.getReference() + "/annexes/" + annex.getNumber() + "/document");
    return map;
  }

  private Map<String, Object> modulation(FinancialAnnex annex) {
    ModulationEvidence evidence = annex.evidence();
    if (evidence.isEmpty()) {
      return null;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    Map<String, Object> indicators = new LinkedHashMap<>();
    indicators.put("hires", evidence.hires());
    indicators.put("hiresPriority", evidence.hiresPriority());
    indicators.put("hiresLongTermUnemployed", evidence.hiresLongTermUnemployed());
    indicators.put("hiresRsa", evidence.hiresRsa());
    indicators.put("hiresPriorityNeighbourhood", evidence.hiresPriorityNeighbourhood());
    indicators.put("hiresDisabled", evidence.hiresDisabled());
    indicators.put("employeesSupported", evidence.employeesSupported());
    indicators.put("employeesTrained", evidence.employeesTrained());
    indicators.put("dynamicRate", evidence.dynamicRate());
    indicators.put("targetDynamicRate", evidence.targetDynamicRate());
    map.put("indicators", indicators);
    List<Map<String, Object>> criteria = new ArrayList<>();
    Modulation.Proposal proposal = annexes.proposal(evidence);
    for (Modulation.Score score : proposal.scores()) {
      Map<String, Object> criterion = new LinkedHashMap<>();
      criterion.put("criterion", score.criterion().name());
      criterion.put("label", score.criterion().label());
      criterion.put("indicator", score.criterion().indicator());
      criterion.put("level", score.level());
      criterion.put("fullAt", score.fullAt());
      criterion.put("weight", score.weight());
      criterion.put("score", score.score());
      criteria.add(criterion);
    }
    map.put("criteria", criteria);
    map.put("proposedRate", annex.getProposedRate());
    return map;
  }

  private static List<Map<String, Object>> signatures(FinancialAnnex annex) {
    List<Map<String, Object>> signatures = new ArrayList<>();
    signature(signatures, "STRUCTURE", annex.getStructureSignedBy(), annex.getStructureSignedAt());
    signature(signatures, "DEPARTMENT", annex.getDepartmentSignedBy(), annex.getDepartmentSignedAt());
    signature(signatures, "PREFECT", annex.getPrefectSignedBy(), annex.getPrefectSignedAt());
    return signatures;
  }

  private static void signature(List<Map<String, Object>> signatures, String party, String by, Instant at) {
    if (at != null) {
      signatures.add(Map.of("party", party, "by", by, "at", at.toString()));
    }
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
