package fr.iae.conventioning.renewal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RenewalDecisionRepository extends JpaRepository<RenewalDecisionRecord, Long> {

  Optional<RenewalDecisionRecord> findByConventionId(Long conventionId);
}
