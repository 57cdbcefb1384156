package fr.iae.conventioning.notification;

import fr.iae.conventioning.notification.MailMessage.Attachment;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox. Each message is first claimed by a conditional update, so that of several nodes sharing the
 * database only one sends it; a failure is recorded with its error and retried later, waiting twice as long each
 * time, until {@link MailProperties#maxAttempts()} failures make it FAILED. A node that stops while sending leaves
 * a claim that expires, and the message is sent again by another node (at least once, never lost).
 */
public class MailDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);

  private final MailMessageRepository messages;
  private final JavaMailSender sender;
  private final MailProperties properties;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final String node;

  public MailDispatcher(MailMessageRepository messages, JavaMailSender sender, MailProperties properties,
      TransactionTemplate transactions, Clock clock, String node) {
    this.messages = messages;
    this.sender = sender;
    this.properties = properties;
    this.transactions = transactions;
    this.clock = clock;
    this.node = node;
  }

  /** A name for this node in claims: the JVM's name and a random part. */
  public static String nodeName() {
    return ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Scheduled(fixedDelayString = "${conventioning.mail.dispatch-interval:PT15S}")
  public void scheduledDispatch() {
    if (properties.dispatchEnabled()) {
      dispatchDue();
    }
  }

  /** Sends what is due now; returns how many messages were sent. */
  public int dispatchDue() {
    Instant now = clock.instant();
    List<Long> due = new ArrayList<>(messages.findStaleClaims(now, PageRequest.of(0, properties.batchSize())));
    if (due.size() < properties.batchSize()) {
      due.addAll(messages.findPendingDue(now, PageRequest.of(0, properties.batchSize() - due.size())));
    }
    int sent = 0;
    for (Long id : due) {
      if (claim(id)) {
        sent += send(id) ? 1 : 0;
      }
    }
    return sent;
  }

  private boolean claim(Long id) {
    Instant now = clock.instant();
    Integer claimed = transactions.execute(status ->
        messages.claim(id, node, now, now.plus(properties.claimTimeout())));
    return claimed != null && claimed == 1;
  }

  private boolean send(Long id) {
    MailMessage message = transactions.execute(status -> messages.findById(id).orElse(null));
    if (message == null) {
      return false;
    }
    try {
      sender.send(toMime(message));
    } catch (MailException | MessagingException e) {
      recordFailure(message, e);
      return false;
    }
    transactions.executeWithoutResult(status -> messages.markSent(id, node, clock.instant()));
    return true;
  }

  private void recordFailure(MailMessage message, Exception e) {
    int attempts = message.getAttempts() + 1;
    boolean giveUp = attempts >= properties.maxAttempts();
    Instant next = clock.instant().plus(properties.retryDelay(attempts));
    String error = e.getClass().getSimpleName() + ": " + e.getMessage();
    if (error.length() > 2000) {
      error = error.substring(0, 2000);
    }
    String lastError = error;
    transactions.executeWithoutResult(status -> messages.markFailed(message.getId(), node,
        giveUp ? MailMessage.Status.FAILED : MailMessage.Status.PENDING, next, lastError));
    if (giveUp) {
      LOG.error("Mail {} to {} given up after {} attempts: {}", message.getId(), message.getRecipient(), attempts, lastError);
    } else {
      LOG.warn("Mail {} to {} not sent (attempt {}), next attempt at {}: {}", message.getId(), message.getRecipient(),
          attempts, next, lastError);
    }
  }

  private MimeMessage toMime(MailMessage message) throws MessagingException {
    MimeMessage mime = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
    helper.setFrom(properties.from());
    helper.setTo(message.getRecipient());
    helper.setSubject(message.getSubject());
    helper.setText(message.getBodyText(), message.getBodyHtml());
    Attachment attachment = message.getAttachment();
    if (attachment != null) {
      helper.addAttachment(attachment.name(), new ByteArrayResource(attachment.content()), attachment.contentType());
    }
    return mime;
  }
}
