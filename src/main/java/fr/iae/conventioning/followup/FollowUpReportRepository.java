package fr.iae.conventioning.followup;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FollowUpReportRepository extends JpaRepository<FollowUpReport, Long> {

  List<FollowUpReport> findByConventionIdOrderByFinalReportAscPeriodAsc(Long conventionId);

  @Query("select r from FollowUpReport r where r.convention.id = :conventionId"
      + " order by r.submittedAt desc, r.id desc limit 1")
  Optional<FollowUpReport> findFirstByConventionIdOrderBySubmittedAtDescIdDesc(Long conventionId);

  Optional<FollowUpReport> findByConventionIdAndFinalReportTrue(Long conventionId);

  List<FollowUpReport> findByConventionIdInAndFinalReportFalse(Collection<Long> conventionIds);
}
