package fr.iae.conventioning.convention;

import java.util.Optional;

/** The insertion project as stage 1 last recorded it, for the later stages; answered by the project stage. */
public interface InsertionProjects {

  Optional<ProjectContent> latest(Long conventionId);
}
