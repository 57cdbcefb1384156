package fr.iae.conventioning.support;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.shared.ConventioningProperties;
import fr.iae.conventioning.shared.FormValues;
import fr.iae.conventioning.structure.Structure;
import fr.iae.conventioning.structure.StructureKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Real value objects and entities for the plain unit tests of the stage services: no Spring context, no engine.
 * "Now" is Wednesday 10 March 2027, 10:00 in Paris.
 */
public final class ServiceFixtures {

  public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  public static final Instant NOW = Instant.parse("2027-03-10T09:00:00Z");
  public static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
  public static final String SIRET = "51236789700026";
  public static final String REFERENCE = "EI059270001";
  public static final long CONVENTION_ID = 42L;
  public static final BigDecimal MAX_FTE = new BigDecimal("500");

  private ServiceFixtures() {}

  public static Clock clock() {
    return clockAt(NOW);
  }

  public static Clock clockAt(Instant now) {
    return Clock.fixed(now, PARIS);
  }

  public static ConventioningProperties conventioning() {
    return conventioning(MAX_FTE);
  }

  public static ConventioningProperties conventioning(BigDecimal maxFte) {
    return new ConventioningProperties("http://localhost:8080", PARIS, maxFte);
  }

  /** A form as the engine hands it over: {@code form("a", 1, "b", null)}; a null value is an absent field. */
  public static FormValues form(Object... namesAndValues) {
    return new FormValues(values(namesAndValues)::get);
  }

  public static Map<String, Object> values(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values go in pairs");
    }
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return values;
  }

  public static Structure structure(StructureKind kind, String department) {
    return new Structure(SIRET, "Roubaix Propreté Insertion", kind, department, "contact@roubaix-proprete.example.org",
        NOW);
  }

  /** An EI of the Nord, 36 months from 1 January 2027. */
  public static Convention convention() {
    return convention(structure(StructureKind.EI, "59"), LocalDate.of(2027, 1, 1), 36);
  }

  /** A convention as the repository returns it: with its database id {@link #CONVENTION_ID}. */
  public static Convention convention(Structure structure, LocalDate start, int months) {
    Convention convention = new Convention(REFERENCE, structure, start, months, null, "direccte.59", NOW);
    ReflectionTestUtils.setField(convention, "id", CONVENTION_ID);
    return convention;
  }

  /** A text of the given length. */
  public static String text(int length) {
    return "x".repeat(length);
  }
}
