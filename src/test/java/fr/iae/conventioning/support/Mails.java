package fr.iae.conventioning.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.util.ArrayList;
import java.util.List;

/** Reading what GreenMail received: decoded text, attachments. */
public final class Mails {

  private Mails() {}

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
