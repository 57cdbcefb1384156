package fr.iae.conventioning.security;

import java.util.Optional;

/** The parties of the process and how their engine groups are named (docs/domain.md, "Actors"). */
public enum Actor {
  STRUCTURE("siae-", "SIAE", "Structure"),
  STATE("direccte-", "DIRECCTE", "DDETS"),
  EMPLOYMENT_AGENCY("pole-emploi-", "Pôle emploi", "France Travail"),
  CDIAE("cdiae-", "CDIAE", "CDIAE"),
  PREFECTURE("prefecture-", "Préfecture", "Préfecture"),
  FUNDER("financeur-", "Financeur", "Financeur");

  public static final String ADMIN_GROUP = "camunda-admin";

  private final String prefix;
  private final String groupType;
  private final String label;

  Actor(String prefix, String groupType, String label) {
    this.prefix = prefix;
    this.groupType = groupType;
    this.label = label;
  }

  /** The party as users name it today: "DDETS", "France Travail" (the group type keeps the historical name). */
  public String label() {
    return label;
  }

  /** The actor whose group this is, if any. */
  public static Optional<Actor> ofGroup(String groupId) {
    for (Actor actor : values()) {
      if (actor.suffixOf(groupId).isPresent()) {
        return Optional.of(actor);
      }
    }
    return Optional.empty();
  }

  /** The group of this actor for a SIRET, a département or a funder code: {@code direccte-59}. */
  public String group(String suffix) {
    return prefix + suffix;
  }

  public String groupType() {
    return groupType;
  }

  /** The SIRET, département or funder code a group id carries, when it is one of this actor's groups. */
  public Optional<String> suffixOf(String groupId) {
    return groupId != null && groupId.startsWith(prefix) && groupId.length() > prefix.length()
        ? Optional.of(groupId.substring(prefix.length()))
        : Optional.empty();
  }

  /** Actors whose groups are per département. */
  public boolean isDepartmental() {
    return this == STATE || this == EMPLOYMENT_AGENCY || this == CDIAE || this == PREFECTURE;
  }
}
