package fr.iae.conventioning.convention;

import fr.iae.conventioning.structure.Department;
import fr.iae.conventioning.structure.StructureKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Convention references as the ASP writes financial annexes: kind + département on 3 characters + 2-digit year +
 * 4-digit order number ({@code ACI059270001}); renewals append {@code A1M0}, {@code A1M1}...
 */
public final class ConventionReference {

  public static final int MAX_ORDER_NUMBER = 9999;
  private static final Pattern RENEWAL_SUFFIX = Pattern.compile("A1M(\\d+)$");

  private ConventionReference() {}

  /** The counter key that order numbers are given under: {@code ACI05927}. */
  public static String prefix(StructureKind kind, String department, int year) {
    return kind.name() + Department.threeCharacters(department) + String.format("%02d", year % 100);
  }

  public static String of(String prefix, int orderNumber) {
    if (orderNumber < 1 || orderNumber > MAX_ORDER_NUMBER) {
      throw new IllegalArgumentException("order number out of range: " + orderNumber);
    }
    return prefix + String.format("%04d", orderNumber);
  }

  /** The reference of the renewal of {@code previous}: the first renewal of X is XA1M0, the next XA1M1... */
  public static String renewalOf(String previous) {
    Matcher matcher = RENEWAL_SUFFIX.matcher(previous);
    if (matcher.find()) {
      int index = Integer.parseInt(matcher.group(1));
      return previous.substring(0, matcher.start()) + "A1M" + (index + 1);
    }
    return previous + "A1M0";
  }
}
