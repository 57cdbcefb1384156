package fr.iae.conventioning.notification;

import fr.iae.conventioning.notification.MailMessage.Attachment;
import fr.iae.conventioning.notification.MailMessage.Recipient;
import fr.iae.conventioning.notification.MailMessage.RenderedMail;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes e-mails into the outbox, in the transaction of the step that causes them: if the step rolls back, no
 * message remains; if it commits, the dispatcher sends them. An event already written for a recipient is not
 * written again, so an event handled twice sends one e-mail.
 */
@Service
public class Outbox {

  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

  private final MailMessageRepository messages;
  private final MailTemplates templates;
  private final Clock clock;

  public Outbox(MailMessageRepository messages, MailTemplates templates, Clock clock) {
    this.messages = messages;
    this.templates = templates;
    this.clock = clock;
  }

  /**
   * One message per recipient with an e-mail address; recipients without one are skipped and logged.
   *
   * @param eventKey what happened, unique per event (for example {@code task-created:<task id>})
   * @param kind the templates to use
   * @param model the values the templates show; {@code recipientName} is added per recipient
   * @return how many messages were written
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public int write(String eventKey, Collection<Recipient> recipients, String kind, Map<String, Object> model,
      Attachment attachment) {
    Map<String, Recipient> byEmail = new LinkedHashMap<>();
    for (Recipient recipient : recipients) {
      if (recipient.email() == null || recipient.email().isBlank()) {
        LOG.warn("No e-mail address for user {}: not told of {}", recipient.userId(), eventKey);
        continue;
      }
      byEmail.putIfAbsent(recipient.email().trim().toLowerCase(), recipient);
    }
    if (byEmail.isEmpty()) {
      return 0;
    }
    Set<String> alreadyTold = Set.copyOf(messages.recipientsOf(eventKey));
    int written = 0;
    for (Map.Entry<String, Recipient> entry : byEmail.entrySet()) {
      if (alreadyTold.contains(entry.getKey())) {
        continue;
      }
      Recipient recipient = new Recipient(entry.getValue().userId(), entry.getValue().name(), entry.getKey());
      Map<String, Object> data = new LinkedHashMap<>(model);
      data.put("recipientName", recipient.name() == null ? "" : recipient.name());
      RenderedMail mail = templates.render(kind, data);
      messages.save(new MailMessage(eventKey, recipient, mail, attachment, clock.instant()));
      written++;
    }
    return written;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public int write(String eventKey, Collection<Recipient> recipients, String kind, Map<String, Object> model) {
    return write(eventKey, recipients, kind, model, null);
  }
}
