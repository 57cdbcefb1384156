package fr.iae.conventioning.convention;

/** The contract's limits on a convention's period. */
public final class ConventionRules {

  public static final int MIN_DURATION_MONTHS = 12;
  public static final int MAX_DURATION_MONTHS = 36;
  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2099;

  private ConventionRules() {}
}
