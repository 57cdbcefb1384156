package fr.iae.conventioning.convention;

import fr.iae.conventioning.structure.Department;
import fr.iae.conventioning.structure.StructureKind;

/**
 * Convention references as the ASP writes financial annexes: kind + département on 3 characters + 2-digit year +
 * 4-digit order number ({@code ACI059270001}). A renewal gets the next number like any new convention (conventions
 * renewed by v0.1.0 were numbered with {@code A1M0}, {@code A1M1}... and keep those numbers).
 */
public final class ConventionReference {

  public static final int MAX_ORDER_NUMBER = 9999;

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

}
