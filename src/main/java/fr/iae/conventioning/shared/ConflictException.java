package fr.iae.conventioning.shared;

/** The request is valid but clashes with what exists (a structure already registered, a convention in progress). */
public class ConflictException extends InvalidInputException {

  public ConflictException(String message) {
    super(message);
  }
}
