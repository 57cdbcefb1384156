package fr.iae.conventioning.convention;

import fr.iae.conventioning.shared.FrenchFormat;
import java.time.Instant;
import java.util.List;

/**
 * What a list of conventions asks for, answered in the database one page at a time (see
 * {@link ConventionAccess#search}): each criterion may be null.
 *
 * @param text part of the structure's name (accents and case ignored), of the reference, or the SIRET's beginning
 * @param status the stage
 * @param department the structure's département
 * @param overdueAt only conventions with a task due before this instant
 * @param order how the page is sorted
 */
public record ConventionSearch(String text, ConventionStatus status, String department, Instant overdueAt,
    Order order) {

  /** Every convention the user may see, newest first. */
  public static ConventionSearch all() {
    return new ConventionSearch(null, null, null, null, Order.NEWEST);
  }

  /** The orders lists offer; ties are broken by reference. */
  public enum Order {
    /** Created last first (the API's). */
    NEWEST,
    /** The highest reference first (the workspace's default). */
    REFERENCE,
    /** By the structure's name. */
    STRUCTURE,
    /** By stage, in the order of the process. */
    STAGE,
    /** By the earliest due date of the open tasks, conventions without a task last. */
    NEXT_DUE,
    /** By the last day. */
    END
  }

  /** One page of the conventions found, and how many were found in all. */
  public record Page(List<Convention> conventions, long total) {}

  String foldedText() {
    return text == null || text.isBlank() ? null : FrenchFormat.fold(text.strip());
  }

  String digits() {
    String digits = text == null ? "" : text.replaceAll("\\s", "");
    return digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) ? null : digits;
  }
}
