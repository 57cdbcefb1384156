package fr.iae.conventioning.convention;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReferenceCounterRepository extends JpaRepository<ReferenceCounter, String> {

  /** Locks the counter row until the transaction ends, so that two starts never share a number. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from ReferenceCounter c where c.prefix = :prefix")
  Optional<ReferenceCounter> lockByPrefix(String prefix);
}
