package fr.iae.conventioning.shared;

/** The thing asked for does not exist, or the caller may not see it (both answer 404). */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
