package fr.iae.conventioning.structure;

import fr.iae.conventioning.shared.InvalidInputException;

/** SIRET check: 14 digits whose Luhn checksum is valid, and whose first 9 digits (the SIREN) are Luhn-valid too. */
public final class Siret {

  private Siret() {}

  public static boolean isValid(String siret) {
    return problem(siret) == null;
  }

  /** Throws with a French message when the SIRET is not valid; returns it trimmed otherwise. */
  public static String require(Object value) {
    String siret = value == null ? null : value.toString().trim();
    String problem = problem(siret);
    if (problem != null) {
      throw new InvalidInputException(problem);
    }
    return siret;
  }

  static String problem(String siret) {
    if (siret == null || siret.isBlank()) {
      return "Le numéro SIRET est obligatoire.";
    }
    if (!siret.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return "Le numéro SIRET « " + siret + " » ne doit contenir que des chiffres.";
    }
    if (siret.length() != 14) {
      return "Le numéro SIRET « " + siret + " » doit comporter 14 chiffres (il en a " + siret.length() + ").";
    }
    if (!luhn(siret.substring(0, 9))) {
      return "Le numéro SIRET « " + siret + " » n'est pas valide : son SIREN (9 premiers chiffres) a une clé de contrôle fausse.";
    }
    if (!luhn(siret)) {
      return "Le numéro SIRET « " + siret + " » n'est pas valide : sa clé de contrôle est fausse.";
    }
    return null;
  }

  static boolean luhn(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }
}
