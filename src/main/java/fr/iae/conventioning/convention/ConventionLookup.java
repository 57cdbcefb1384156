package fr.iae.conventioning.convention;

import java.util.Optional;

/** A convention by its reference, the lookup nearly every step makes, often several times in one transaction. */
public interface ConventionLookup {

  Optional<Convention> findByReference(String reference);
}
