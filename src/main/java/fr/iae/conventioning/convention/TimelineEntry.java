package fr.iae.conventioning.convention;

import fr.iae.conventioning.security.Actor;
import java.time.Instant;

/**
 * One step of a convention's life, as {@code GET /api/conventions/{reference}/history} and the workspace show it:
 * when, who (a user id; null for the application itself), for which party, at which stage, and what was decided or
 * written, as a French sentence.
 */
public record TimelineEntry(Instant at, String actor, Actor party, ConventionStatus stage, String what) {

  public TimelineEntry {
    if (at == null || stage == null || what == null) {
      throw new IllegalArgumentException("A timeline entry needs its time, stage and text");
    }
  }

  /** The comment quoted after a sentence, when there is one: {@code Dossier incomplet : « … »}. */
  public static String quoted(String sentence, String comment) {
    return comment == null || comment.isBlank() ? sentence : sentence + " : « " + comment.strip() + " »";
  }
}
