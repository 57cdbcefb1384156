package fr.iae.conventioning.funding.conference;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FundersConferenceRepository extends JpaRepository<FundersConference, Long> {

  List<FundersConference> findByConventionIdOrderByNumber(Long conventionId);

  @Query("select c from FundersConference c where c.convention.id = :conventionId order by c.number desc limit 1")
  Optional<FundersConference> findFirstByConventionIdOrderByNumberDesc(Long conventionId);

  @Query("select distinct c.convention.id from FundersConference c join c.commitments m"
      + " where m.funder.groupId in :groups")
  List<Long> conventionIdsInviting(Collection<String> groups);

  @Query("select count(m) > 0 from FundersConference c join c.commitments m"
      + " where c.convention.id = :conventionId and m.funder.groupId in :groups")
  boolean invites(Long conventionId, Collection<String> groups);
}
