package fr.iae.conventioning.engine;

import java.util.Set;

/**
 * Variables the application owns (the convention's identity, what later stages route on): no user sends them, even
 * the holder of a task; {@link UserInputGuard} answers 403. A module declares its own as a bean.
 */
public record ProtectedVariables(Set<String> names) {

  public ProtectedVariables {
    names = Set.copyOf(names);
  }

  public static ProtectedVariables of(String... names) {
    return new ProtectedVariables(Set.of(names));
  }
}
