package fr.iae.conventioning.shared;

/** A value a user gave is missing or wrong; the message is a French sentence the user can act on. */
public class InvalidInputException extends RuntimeException {

  public InvalidInputException(String message) {
    super(message);
  }
}
