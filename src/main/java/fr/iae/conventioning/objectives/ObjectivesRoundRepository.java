package fr.iae.conventioning.objectives;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ObjectivesRoundRepository extends JpaRepository<ObjectivesRound, Long> {

  List<ObjectivesRound> findByConventionIdOrderByNegotiationAscRoundAsc(Long conventionId);

  @Query("select r from ObjectivesRound r where r.convention.id = :conventionId"
      + " order by r.negotiation desc, r.round desc limit 1")
  Optional<ObjectivesRound> findFirstByConventionIdOrderByNegotiationDescRoundDesc(Long conventionId);

  @Query("select coalesce(max(r.negotiation), 0) from ObjectivesRound r where r.convention.id = :conventionId")
  int lastNegotiation(Long conventionId);
}
