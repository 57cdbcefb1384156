package fr.iae.conventioning.convention;

import fr.iae.conventioning.security.CurrentUser;
import java.util.List;

/**
 * A stage's part of a convention's timeline: each stage package turns what it recorded (project versions and
 * reviews, negotiation rounds, funders' answers, opinions, signatures, reports, annexes, decision) into entries, as
 * {@link ConventionDetails} does for the detail. The viewer is given so that a stage keeps back what this viewer may
 * not read yet (another funder's answer before the conference is summed up).
 */
public interface ConventionTimeline {

  void addTo(Convention convention, CurrentUser viewer, List<TimelineEntry> entries);
}
