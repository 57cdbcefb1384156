package fr.iae.conventioning.indicators;

import fr.iae.conventioning.shared.FormValues;
import fr.iae.conventioning.shared.InvalidInputException;
import java.util.EnumMap;
import java.util.Map;

/** How many employees left in each exit category. */
public final class ExitCounts {

  /** Far above any structure's yearly exits: a bigger number is taken for a typing mistake. */
  public static final int MAX_PER_CATEGORY = 100_000;

  private final Map<ExitCategory, Integer> counts;

  private ExitCounts(Map<ExitCategory, Integer> counts) {
    this.counts = counts;
  }

  public static ExitCounts of(int durable, int transition, int positive, int unemployed, int inactive, int noNews,
      int otherKnown, int withdrawn) {
    Map<ExitCategory, Integer> counts = new EnumMap<>(ExitCategory.class);
    counts.put(ExitCategory.DURABLE, durable);
    counts.put(ExitCategory.TRANSITION, transition);
    counts.put(ExitCategory.POSITIVE, positive);
    counts.put(ExitCategory.UNEMPLOYED, unemployed);
    counts.put(ExitCategory.INACTIVE, inactive);
    counts.put(ExitCategory.NO_NEWS, noNews);
    counts.put(ExitCategory.OTHER_KNOWN, otherKnown);
    counts.put(ExitCategory.WITHDRAWN, withdrawn);
    counts.values().forEach(ExitCounts::requireValid);
    return new ExitCounts(counts);
  }

  /** Reads the eight counts, each a whole number of 0 or more; all are required. */
  public static ExitCounts from(FormValues form) {
    Map<ExitCategory, Integer> counts = new EnumMap<>(ExitCategory.class);
    for (ExitCategory category : ExitCategory.values()) {
      String label = "Sorties — " + category.label();
      int count = form.integer(category.variable(), label);
      if (count < 0) {
        throw new InvalidInputException("Le champ « " + label + " » ne peut pas être négatif.");
      }
      if (count > MAX_PER_CATEGORY) {
        throw new InvalidInputException("Le champ « " + label + " » dépasse " + MAX_PER_CATEGORY + " : vérifiez la saisie.");
      }
      counts.put(category, count);
    }
    return new ExitCounts(counts);
  }

  /** The counts of several reports added up, category by category (a département's, a region's). */
  public static ExitCounts sum(Iterable<ExitCounts> reports) {
    Map<ExitCategory, Integer> counts = new EnumMap<>(ExitCategory.class);
    for (ExitCategory category : ExitCategory.values()) {
      counts.put(category, 0);
    }
    for (ExitCounts report : reports) {
      report.counts.forEach((category, count) -> counts.merge(category, count, Integer::sum));
    }
    return new ExitCounts(counts);
  }

  private static void requireValid(int count) {
    if (count < 0 || count > MAX_PER_CATEGORY) {
      throw new IllegalArgumentException("exit count out of range: " + count);
    }
  }

  public int get(ExitCategory category) {
    return counts.get(category);
  }

  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** SE: all exits but the withdrawn ones. */
  public int examined() {
    return total() - get(ExitCategory.WITHDRAWN);
  }

  public int dynamic() {
    return get(ExitCategory.DURABLE) + get(ExitCategory.TRANSITION) + get(ExitCategory.POSITIVE);
  }

  /** A copy of the counts, by category. */
  public Map<ExitCategory, Integer> asMap() {
    return new EnumMap<>(counts);
  }
}
