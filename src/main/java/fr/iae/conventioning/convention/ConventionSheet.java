package fr.iae.conventioning.convention;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A convention's whole record, as {@code GET /api/conventions/{reference}} returns it: its summary and every stage's part. */
@Service
public class ConventionSheet {

  private final List<ConventionDetails> details;

  public ConventionSheet(List<ConventionDetails> details) {
    this.details = details;
  }

  @Transactional(readOnly = true)
  public Map<String, Object> of(Convention convention) {
    Map<String, Object> result = ConventionController.summary(convention);
    details.forEach(part -> part.addTo(convention, result));
    return result;
  }
}
