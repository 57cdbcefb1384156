package fr.iae.conventioning.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectSubmissionRepository extends JpaRepository<ProjectSubmission, Long> {

  @Query("select p from ProjectSubmission p where p.convention.id = :conventionId order by p.round")
  List<ProjectSubmission> findByConventionIdOrderByRound(Long conventionId);

  @Query("select p from ProjectSubmission p where p.convention.id = :conventionId order by p.round desc limit 1")
  Optional<ProjectSubmission> findFirstByConventionIdOrderByRoundDesc(Long conventionId);
}
