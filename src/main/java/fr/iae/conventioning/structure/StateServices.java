package fr.iae.conventioning.structure;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How each département's State service is named today, for every text a user reads (group ids keep their
 * historical {@code direccte-{dept}}). A DDETS by default; the DRIEETS's unités départementales in
 * Île-de-France; a DEETS overseas; a DDETSPP where the département's service also covers population protection
 * ({@code ddetspp}, a list the deployment keeps); any other label per département in {@code labels}.
 *
 * @param ddetspp départements whose service is a DDETSPP
 * @param labels full labels that win over the rules, by département code ({@code "DDETS du Nord"})
 */
@ConfigurationProperties("conventioning.state-service")
public record StateServices(@DefaultValue List<String> ddetspp, @DefaultValue Map<String, String> labels) {

  private static final Set<String> ILE_DE_FRANCE = Set.of("75", "77", "78", "91", "92", "93", "94", "95");
  private static final Set<String> OVERSEAS = Set.of("971", "972", "973", "974", "976");

  /** The full label: "DDETS du Nord", "DRIEETS – unité départementale de Paris", "DEETS de La Réunion". */
  public String label(String department) {
    if (department == null || department.isBlank()) {
      return "DDETS";
    }
    String configured = labels.get(department);
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    String of = Department.ofName(department);
    if (ILE_DE_FRANCE.contains(department)) {
      return "DRIEETS – unité départementale " + of;
    }
    if (OVERSEAS.contains(department)) {
      return "DEETS " + of;
    }
    return (ddetspp.contains(department) ? "DDETSPP " : "DDETS ") + of;
  }

  /** The same after "la" in a sentence: "la DDETS du Nord". */
  public String withArticle(String department) {
    return "la " + label(department);
  }
}
