package fr.iae.conventioning.funding.approval;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CdiaeOpinionRepository extends JpaRepository<CdiaeOpinionRecord, Long> {

  List<CdiaeOpinionRecord> findByConferenceConventionIdOrderById(Long conventionId);
}
