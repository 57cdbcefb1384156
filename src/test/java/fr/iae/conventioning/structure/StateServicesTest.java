package fr.iae.conventioning.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Today's names: each département's State service as its users read it, and France Travail everywhere. */
class StateServicesTest {

  private final StateServices services = new StateServices(List.of("48"), Map.of("2A", "DDETSPP de Corse-du-Sud"));

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "59 | DDETS du Nord",
      "62 | DDETS du Pas-de-Calais",
      "80 | DDETS de la Somme",
      "01 | DDETS de l'Ain",
      "40 | DDETS des Landes",
      "68 | DDETS du Haut-Rhin",
      "48 | DDETSPP de la Lozère",
      "2A | DDETSPP de Corse-du-Sud",
      "75 | DRIEETS – unité départementale de Paris",
      "93 | DRIEETS – unité départementale de la Seine-Saint-Denis",
      "92 | DRIEETS – unité départementale des Hauts-de-Seine",
      "974 | DEETS de La Réunion",
      "976 | DEETS de Mayotte"})
  void eachDepartmentReadsRight(String department, String label) {
    assertThat(services.label(department)).isEqualTo(label);
  }

  @Test
  void withoutADepartmentItIsTheDdets() {
    assertThat(services.withArticle(null)).isEqualTo("la DDETS");
    assertThat(services.withArticle("59")).isEqualTo("la DDETS du Nord");
  }

  /** Forms, task names and e-mails say DDETS and France Travail; identifiers (lower case) keep their names. */
  @Test
  void noTextAUserReadsTheOldNames() throws IOException {
    Pattern oldNames = Pattern.compile("DIRECCTE|Pôle emploi|Pole emploi");
    List<String> found = new ArrayList<>();
    for (String folder : List.of("forms", "processes", "src/main/resources/templates/mail")) {
      try (Stream<Path> files = Files.walk(Path.of(folder))) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          List<String> lines = Files.readAllLines(file);
          for (int i = 0; i < lines.size(); i++) {
            if (oldNames.matcher(lines.get(i)).find()) {
              found.add(file + ":" + (i + 1));
            }
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }
}
