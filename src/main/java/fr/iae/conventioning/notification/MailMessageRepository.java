package fr.iae.conventioning.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MailMessageRepository extends JpaRepository<MailMessage, Long> {

  /** The addresses an event was already written to (an event is written once per recipient). */
  @Query("select m.recipient from MailMessage m where m.eventKey = :eventKey")
  List<String> recipientsOf(String eventKey);

  List<MailMessage> findByEventKeyStartingWithOrderById(String eventKeyPrefix);

  List<MailMessage> findByStatusOrderByIdDesc(MailMessage.Status status, Pageable page);

  List<MailMessage> findAllByOrderByIdDesc(Pageable page);

  /**
   * Messages waiting for their moment, the oldest first. Apart from the claims gone stale (one query with an
   * {@code or} would have PostgreSQL sort every pending message before keeping a batch: 25 ms at 20,000).
   */
  @Query("select m.id from MailMessage m where m.status = 'PENDING' and m.nextAttemptAt <= :now order by m.nextAttemptAt")
  List<Long> findPendingDue(Instant now, Pageable page);

  /** Messages a node took and did not finish in time (it stopped while sending). */
  @Query("select m.id from MailMessage m where m.status = 'SENDING' and m.claimedUntil < :now order by m.claimedUntil")
  List<Long> findStaleClaims(Instant now, Pageable page);

  /** Takes a message for one node; the condition makes sure only one node wins. */
  @Modifying
  @Query("update MailMessage m set m.status = 'SENDING', m.claimedBy = :node, m.claimedUntil = :until"
      + " where m.id = :id and ((m.status = 'PENDING' and m.nextAttemptAt <= :now)"
      + " or (m.status = 'SENDING' and m.claimedUntil < :now))")
  int claim(Long id, String node, Instant now, Instant until);

  @Modifying
  @Query("update MailMessage m set m.status = 'SENT', m.sentAt = :now, m.attempts = m.attempts + 1,"
      + " m.claimedBy = null, m.claimedUntil = null where m.id = :id and m.claimedBy = :node")
  int markSent(Long id, String node, Instant now);

  @Modifying
  @Query("update MailMessage m set m.status = :status, m.attempts = m.attempts + 1, m.nextAttemptAt = :next,"
      + " m.lastError = :error, m.claimedBy = null, m.claimedUntil = null where m.id = :id and m.claimedBy = :node")
  int markFailed(Long id, String node, MailMessage.Status status, Instant next, String error);

  @Modifying
  @Query("update MailMessage m set m.status = 'PENDING', m.attempts = 0, m.nextAttemptAt = :now"
      + " where m.id = :id and m.status = 'FAILED'")
  int retry(Long id, Instant now);
}
