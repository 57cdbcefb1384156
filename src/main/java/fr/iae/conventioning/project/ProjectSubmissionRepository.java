package fr.iae.conventioning.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectSubmissionRepository extends JpaRepository<ProjectSubmission, Long> {

  List<ProjectSubmission> findByConventionIdOrderByRound(Long conventionId);

  Optional<ProjectSubmission> findFirstByConventionIdOrderByRoundDesc(Long conventionId);
}
