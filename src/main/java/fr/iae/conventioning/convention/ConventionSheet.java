package fr.iae.conventioning.convention;

import fr.iae.conventioning.structure.Department;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A convention's whole record, as {@code GET /api/conventions/{reference}} returns it: its summary and every stage's
 * part.
 */
@Service
public class ConventionSheet {

  private final List<ConventionDetails> details;

  public ConventionSheet(List<ConventionDetails> details) {
    this.details = details;
  }

  @Transactional(readOnly = true)
  public Map<String, Object> of(Convention convention) {
    Map<String, Object> result = summary(convention);
    details.forEach(part -> part.addTo(convention, result));
    return result;
  }

  /** What the list gives of each convention, and the detail begins with. */
  static Map<String, Object> summary(Convention convention) {
    Map<String, Object> structure = new LinkedHashMap<>();
    structure.put("siret", convention.getStructure().getSiret());
    structure.put("name", convention.getStructure().getName());
    structure.put("kind", convention.getStructure().getKind().name());
    structure.put("department", convention.getStructure().getDepartment());
    structure.put("departmentName", Department.name(convention.getStructure().getDepartment()));

    Map<String, Object> period = new LinkedHashMap<>();
    LocalDate start = convention.getStartDate();
    period.put("start", start.toString());
    period.put("end", convention.getEndDate().toString());
    period.put("durationMonths", convention.getDurationMonths());

    Map<String, Object> result = new LinkedHashMap<>();
    result.put("reference", convention.getReference());
    result.put("status", convention.getStatus().name());
    result.put("statusLabel", convention.getStatus().label());
    result.put("structure", structure);
    result.put("period", period);
    result.put("previousConvention", convention.getPreviousConvention() == null ? null
        : convention.getPreviousConvention().getReference());
    result.put("processInstanceId", convention.getProcessInstanceId());
    result.put("createdBy", convention.getCreatedBy());
    result.put("createdAt", convention.getCreatedAt().toString());
    return result;
  }
}
