package fr.iae.conventioning.convention;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConventionRepository extends JpaRepository<Convention, Long>, ConventionLookup {

  List<Convention> findByStructureSiretAndStatusIn(String siret, Collection<ConventionStatus> statuses);

  List<Convention> findAllByOrderByCreatedAtDesc();

  @Query("select c from Convention c where c.structure.siret in :sirets or c.structure.department in :departments"
      + " order by c.createdAt desc")
  List<Convention> findVisible(Collection<String> sirets, Collection<String> departments);
}
