package fr.iae.conventioning.engine;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A refusal because the action belongs to another party of the convention, already worded in French for the user.
 * The engine's own authorization failures name permissions and resources: they are reworded into one of these.
 */
public class PartyRefusal extends AuthorizationException {

  private static final long serialVersionUID = 1L;

  public PartyRefusal(String message) {
    super(message);
  }
}
