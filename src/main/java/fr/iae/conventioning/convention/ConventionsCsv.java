package fr.iae.conventioning.convention;

import fr.iae.conventioning.structure.Department;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The conventions' list as a French spreadsheet reads it: {@code ;}-separated, quoted where needed, CRLF lines. */
public final class ConventionsCsv {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final List<String> HEADERS = List.of("Référence", "Statut", "Structure", "SIRET", "Type",
      "Département", "Début", "Fin", "Durée (mois)", "Convention précédente");

  private ConventionsCsv() {}

  /** The whole file: UTF-8 with a byte-order mark, a header line, a line per convention. */
  public static byte[] document(List<Convention> conventions) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    header(csv);
    conventions.forEach(convention -> row(csv, convention));
    return csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  static void header(StringBuilder csv) {
    line(csv, HEADERS);
  }

  static void row(StringBuilder csv, Convention convention) {
    line(csv, List.of(
        convention.getReference(),
        convention.getStatus().label(),
        convention.getStructure().getName(),
        convention.getStructure().getSiret(),
        convention.getStructure().getKind().name(),
        convention.getStructure().getDepartment() + " " + Department.name(convention.getStructure().getDepartment()),
        date(convention.getStartDate()),
        date(convention.getEndDate()),
        String.valueOf(convention.getDurationMonths()),
        convention.getPreviousConvention() == null ? "" : convention.getPreviousConvention().getReference()));
  }

  private static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  private static void line(StringBuilder csv, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        csv.append(';');
      }
      csv.append(field(fields.get(i)));
    }
    csv.append("\r\n");
  }

  /**
   * A field quoted when it holds a separator, a quote or a line break; a leading {@code = + - @} is neutralised so
   * that a spreadsheet never reads a name as a formula.
   */
  static String field(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
