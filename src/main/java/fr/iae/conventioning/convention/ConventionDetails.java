package fr.iae.conventioning.convention;

import java.util.Map;

/**
 * A stage's part of {@code GET /api/conventions/{reference}}: each stage package adds what it recorded (project,
 * negotiation, funding...) under its own keys, so that the convention package needs no knowledge of the stages.
 */
public interface ConventionDetails {

  void addTo(Convention convention, Map<String, Object> details);
}
