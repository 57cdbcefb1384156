package fr.iae.conventioning.support;

import fr.iae.conventioning.structure.Siret;

/** Valid SIRETs for tests: a random SIREN with its Luhn key, then an establishment number with its key. */
public final class Sirets {

  private Sirets() {}

  public static String random() {
    String siren = withLuhnKey(Api.randomDigits(8));
    String siret = withLuhnKey(siren + Api.randomDigits(4));
    if (!Siret.isValid(siret)) {
      throw new IllegalStateException("generated an invalid SIRET " + siret);
    }
    return siret;
  }

  static String withLuhnKey(String digits) {
    for (int key = 0; key <= 9; key++) {
      String candidate = digits + key;
      int sum = 0;
      boolean doubled = false;
      for (int i = candidate.length() - 1; i >= 0; i--) {
        int digit = candidate.charAt(i) - '0';
        if (doubled) {
          digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
        }
        sum += digit;
        doubled = !doubled;
      }
      if (sum % 10 == 0) {
        return candidate;
      }
    }
    throw new IllegalStateException();
  }
}
