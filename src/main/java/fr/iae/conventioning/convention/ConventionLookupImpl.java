package fr.iae.conventioning.convention;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.hibernate.Session;

/**
 * The reference is the convention's natural id: Hibernate loads it once per transaction with its structure, and
 * answers the next lookups of the same transaction from the persistence context, without a query.
 */
class ConventionLookupImpl implements ConventionLookup {

  @PersistenceContext
  private EntityManager entityManager;

  @Override
  public Optional<Convention> findByReference(String reference) {
    return entityManager.unwrap(Session.class).bySimpleNaturalId(Convention.class).loadOptional(reference);
  }
}
