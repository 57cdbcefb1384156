package fr.iae.conventioning.followup;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpReportRepository extends JpaRepository<FollowUpReport, Long> {

  List<FollowUpReport> findByConventionIdOrderByFinalReportAscPeriodAsc(Long conventionId);

  Optional<FollowUpReport> findFirstByConventionIdOrderBySubmittedAtDescIdDesc(Long conventionId);

  Optional<FollowUpReport> findByConventionIdAndFinalReportTrue(Long conventionId);

  List<FollowUpReport> findByConventionIdInAndFinalReportFalse(Collection<Long> conventionIds);
}
