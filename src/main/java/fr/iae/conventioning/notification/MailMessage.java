package fr.iae.conventioning.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One e-mail to one recipient, waiting in the outbox, sent, or given up after too many failures. */
@Entity
@Table(name = "mail_message")
public class MailMessage {

  public enum Status { PENDING, SENDING, SENT, FAILED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String eventKey;

  @Column(nullable = false)
  private String recipient;

  private String recipientName;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String bodyText;

  @Column(nullable = false)
  private String bodyHtml;

  private String attachmentName;

  private String attachmentType;

  private byte[] attachment;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(nullable = false)
  private int attempts;

  @Column(nullable = false)
  private Instant nextAttemptAt;

  private String lastError;

  private String claimedBy;

  private Instant claimedUntil;

  @Column(nullable = false)
  private Instant createdAt;

  private Instant sentAt;

  protected MailMessage() {}

  MailMessage(String eventKey, Recipient recipient, RenderedMail mail, Attachment attachment, Instant now) {
    this.eventKey = eventKey;
    this.recipient = recipient.email();
    this.recipientName = recipient.name();
    this.subject = mail.subject();
    this.bodyText = mail.text();
    this.bodyHtml = mail.html();
    if (attachment != null) {
      this.attachmentName = attachment.name();
      this.attachmentType = attachment.contentType();
      this.attachment = attachment.content();
    }
    this.status = Status.PENDING;
    this.attempts = 0;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getEventKey() {
    return eventKey;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getRecipientName() {
    return recipientName;
  }

  public String getSubject() {
    return subject;
  }

  public String getBodyText() {
    return bodyText;
  }

  public String getBodyHtml() {
    return bodyHtml;
  }

  public Attachment getAttachment() {
    return attachment == null ? null : new Attachment(attachmentName, attachmentType, attachment);
  }

  public Status getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  /** An e-mail as rendered from its templates. */
  public record RenderedMail(String subject, String text, String html) {}

  /** A file sent with the e-mail (the signed convention). */
  public record Attachment(String name, String contentType, byte[] content) {}

  /** Someone who receives the e-mail. */
  public record Recipient(String userId, String name, String email) {}
}
