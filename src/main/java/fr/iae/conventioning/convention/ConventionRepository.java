package fr.iae.conventioning.convention;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConventionRepository extends JpaRepository<Convention, Long> {

  /** Written out, as the other lookups made at each step: Hibernate keeps a written query's translation. */
  @Query("select c from Convention c join fetch c.structure where c.reference = :reference")
  Optional<Convention> findByReference(String reference);

  List<Convention> findByStructureSiretAndStatusIn(String siret, Collection<ConventionStatus> statuses);

  List<Convention> findAllByOrderByCreatedAtDesc();

  @Query("select c from Convention c where c.structure.siret in :sirets or c.structure.department in :departments"
      + " order by c.createdAt desc")
  List<Convention> findVisible(Collection<String> sirets, Collection<String> departments);
}
