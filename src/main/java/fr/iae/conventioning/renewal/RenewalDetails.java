package fr.iae.conventioning.renewal;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionDetails;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The renewal decision (and, for a renewal, what it inherits) in {@code GET /api/conventions/{reference}}. */
@Component
@Order(50)
class RenewalDetails implements ConventionDetails {

  private final RenewalService renewal;

  RenewalDetails(RenewalService renewal) {
    this.renewal = renewal;
  }

  @Override
  public void addTo(Convention convention, Map<String, Object> details) {
    details.put("renewal", renewal.decisionOf(convention.getId()).map(decision -> {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("objectivesMet", decision.isObjectivesMet());
      map.put("explanation", decision.getExplanation());
      map.put("proposedFte", decision.getProposedFte());
      map.put("causeAnalysis", decision.getCauseAnalysis());
      map.put("preconisations", decision.getPreconisations());
      map.put("decision", decision.getDecision() == null ? null : decision.getDecision().name());
      map.put("decidedBy", decision.getDecidedBy());
      map.put("decidedAt", decision.getDecidedAt() == null ? null : decision.getDecidedAt().toString());
      map.put("nextConvention", decision.getNextConvention() == null ? null
          : decision.getNextConvention().getReference());
      return map;
    }).orElse(null));
    if (convention.getPreviousConvention() != null) {
      Map<String, Object> inherited = new LinkedHashMap<>();
      inherited.put("proposedFte", convention.getProposedFte());
      inherited.put("preconisations", convention.getPreconisations());
      details.put("inheritedFromPrevious", inherited);
    }
  }
}
