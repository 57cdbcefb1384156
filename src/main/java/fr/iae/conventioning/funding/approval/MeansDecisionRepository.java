package fr.iae.conventioning.funding.approval;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeansDecisionRepository extends JpaRepository<MeansDecision, Long> {

  List<MeansDecision> findByConferenceConventionIdOrderById(Long conventionId);
}
