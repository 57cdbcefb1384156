package fr.iae.conventioning.funding.approval;

import fr.iae.conventioning.funding.conference.ConferenceRecord;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** The records of one kind given on funders' conferences: on one conference, or on all of a convention's. */
@NoRepositoryBean
interface ConferenceRecordRepository<T extends ConferenceRecord> extends JpaRepository<T, Long> {

  List<T> findByConferenceIdOrderById(Long conferenceId);

  List<T> findByConferenceConventionIdOrderById(Long conventionId);
}
