package fr.iae.conventioning.objectives;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionDetails;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The agreed objectives and the whole negotiation history in {@code GET /api/conventions/{reference}}. */
@Component
@Order(20)
class ObjectivesDetails implements ConventionDetails {

  private final ObjectivesService objectives;

  ObjectivesDetails(ObjectivesService objectives) {
    this.objectives = objectives;
  }

  @Override
  public void addTo(Convention convention, Map<String, Object> details) {
    Map<String, Object> section = new LinkedHashMap<>();
    if (convention.hasAgreedObjectives()) {
      TargetRates rates = new TargetRates(convention.getTargetDurable(), convention.getTargetTransition(),
          convention.getTargetPositive());
      Map<String, Object> agreed = rates(rates);
      agreed.put("otherObjectives", convention.getOtherObjectives());
      agreed.put("agreedAt", convention.getObjectivesAgreedAt().toString());
      section.put("agreed", agreed);
    } else {
      section.put("agreed", null);
    }
    section.put("history", objectives.history(convention.getId()).stream().map(ObjectivesDetails::round).toList());
    details.put("objectives", section);
  }

  private static Map<String, Object> rates(TargetRates rates) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("targetDurableRate", rates.durable());
    map.put("targetTransitionRate", rates.transition());
    map.put("targetPositiveRate", rates.positive());
    map.put("targetDynamicRate", rates.dynamic());
    return map;
  }

  private static Map<String, Object> round(ObjectivesRound round) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("negotiation", round.getNegotiation());
    map.put("round", round.getRound());
    map.put("kind", round.getKind().name());
    map.put("proposedBy", round.getProposedBy());
    map.put("proposedAt", round.getProposedAt().toString());
    map.putAll(rates(round.rates()));
    map.put("otherObjectives", round.getOtherObjectives());
    if (round.getKind() == ObjectivesRound.Kind.PROPOSAL) {
      Map<String, Object> agency = new LinkedHashMap<>();
      agency.put("agrees", round.getAgencyAgrees());
      agency.put("comment", round.getAgencyComment());
      agency.put("by", round.getAgencyBy());
      agency.put("at", round.getAgencyAt() == null ? null : round.getAgencyAt().toString());
      map.put("employmentAgency", agency);
      Map<String, Object> structure = new LinkedHashMap<>();
      structure.put("accepted", round.getAccepted());
      structure.put("counterProposal", round.getCounterProposal());
      structure.put("by", round.getRespondedBy());
      structure.put("at", round.getRespondedAt() == null ? null : round.getRespondedAt().toString());
      map.put("structure", structure);
    }
    return map;
  }
}
