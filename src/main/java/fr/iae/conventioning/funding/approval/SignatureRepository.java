package fr.iae.conventioning.funding.approval;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SignatureRepository extends JpaRepository<Signature, Long> {

  List<Signature> findByConferenceIdOrderById(Long conferenceId);

  List<Signature> findByConferenceConventionIdOrderById(Long conventionId);
}
