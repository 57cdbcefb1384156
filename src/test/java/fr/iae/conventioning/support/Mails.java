package fr.iae.conventioning.support;

import fr.iae.conventioning.notification.MailDispatcher;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reading what GreenMail received: decoded text, attachments. */
public final class Mails {

  private Mails() {}

  /** Sends everything the outbox holds that is due, as the scheduled dispatcher would. */
  public static void sendAll(MailDispatcher dispatcher) {
    while (dispatcher.dispatchDue() > 0) {
      // until nothing due is left
    }
  }

  /** The mails addressed to this address. */
  public static List<MimeMessage> to(MimeMessage[] received, String address) {
    return Arrays.stream(received).filter(mail -> {
      try {
        return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
            .anyMatch(to -> to.toString().equalsIgnoreCase(address));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  public static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The decoded plain-text body of a mail. */
  public static String text(Part part) {
    try {
      if (part.isMimeType("text/plain")) {
        return (String) part.getContent();
      }
      if (part.getContent() instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          String text = text(multipart.getBodyPart(i));
          if (text != null) {
            return text;
          }
        }
      }
      return null;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The attachments of a mail, as parts with a file name. */
  public static List<BodyPart> attachments(Part part) {
    List<BodyPart> result = new ArrayList<>();
    try {
      if (part.getContent() instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart child = multipart.getBodyPart(i);
          if (child.getFileName() != null) {
            result.add(child);
          } else {
            result.addAll(attachments(child));
          }
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return result;
  }
}
