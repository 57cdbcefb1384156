package fr.iae.conventioning.structure;

import fr.iae.conventioning.shared.InvalidInputException;
import java.util.Map;
import java.util.TreeMap;

/** French départements as INSEE writes them: "59", "2A", "974". */
public final class Department {

  private static final Map<String, String> NAMES = new TreeMap<>();

  static {
    String[] entries = {
      "01:Ain", "02:Aisne", "03:Allier", "04:Alpes-de-Haute-Provence", "05:Hautes-Alpes", "06:Alpes-Maritimes",
      "07:Ardèche", "08:Ardennes", "09:Ariège", "10:Aube", "11:Aude", "12:Aveyron", "13:Bouches-du-Rhône",
      "14:Calvados", "15:Cantal", "16:Charente", "17:Charente-Maritime", "18:Cher", "19:Corrèze",
      "2A:Corse-du-Sud", "2B:Haute-Corse", "21:Côte-d'Or", "22:Côtes-d'Armor", "23:Creuse", "24:Dordogne",
      "25:Doubs", "26:Drôme", "27:Eure", "28:Eure-et-Loir", "29:Finistère", "30:Gard", "31:Haute-Garonne",
      "32:Gers", "33:Gironde", "34:Hérault", "35:Ille-et-Vilaine", "36:Indre", "37:Indre-et-Loire", "38:Isère",
      "39:Jura", "40:Landes", "41:Loir-et-Cher", "42:Loire", "43:Haute-Loire", "44:Loire-Atlantique",
      "45:Loiret", "46:Lot", "47:Lot-et-Garonne", "48:Lozère", "49:Maine-et-Loire", "50:Manche", "51:Marne",
      "52:Haute-Marne", "53:Mayenne", "54:Meurthe-et-Moselle", "55:Meuse", "56:Morbihan", "57:Moselle",
      "58:Nièvre", "59:Nord", "60:Oise", "61:Orne", "62:Pas-de-Calais", "63:Puy-de-Dôme",
      "64:Pyrénées-Atlantiques", "65:Hautes-Pyrénées", "66:Pyrénées-Orientales", "67:Bas-Rhin", "68:Haut-Rhin",
      "69:Rhône", "70:Haute-Saône", "71:Saône-et-Loire", "72:Sarthe", "73:Savoie", "74:Haute-Savoie",
      "75:Paris", "76:Seine-Maritime", "77:Seine-et-Marne", "78:Yvelines", "79:Deux-Sèvres", "80:Somme",
      "81:Tarn", "82:Tarn-et-Garonne", "83:Var", "84:Vaucluse", "85:Vendée", "86:Vienne", "87:Haute-Vienne",
      "88:Vosges", "89:Yonne", "90:Territoire de Belfort", "91:Essonne", "92:Hauts-de-Seine",
      "93:Seine-Saint-Denis", "94:Val-de-Marne", "95:Val-d'Oise", "971:Guadeloupe", "972:Martinique",
      "973:Guyane", "974:La Réunion", "976:Mayotte"
    };
    for (String entry : entries) {
      String[] parts = entry.split(":", 2);
      NAMES.put(parts[0], parts[1]);
    }
  }

  private static final java.util.Set<String> PLURAL = java.util.Set.of("04", "05", "06", "08", "13", "22", "40", "64",
      "65", "66", "78", "79", "88", "92");
  private static final java.util.Set<String> ELIDED = java.util.Set.of("01", "02", "03", "07", "09", "10", "11", "12",
      "27", "28", "34", "35", "36", "37", "38", "60", "61", "89", "91");
  private static final java.util.Set<String> FEMININE = java.util.Set.of("16", "17", "19", "2A", "2B", "21", "23",
      "24", "26", "31", "33", "42", "43", "44", "48", "50", "51", "52", "53", "54", "55", "57", "58", "70", "72", "73",
      "74", "76", "77", "80", "85", "86", "87", "93", "971", "972", "973");
  private static final java.util.Set<String> NO_ARTICLE = java.util.Set.of("75", "974", "976");

  private Department() {}

  /** The département's name after "de", as French writes it: "du Nord", "de la Somme", "de l'Ain", "des Landes". */
  public static String ofName(String code) {
    String name = name(code);
    if (PLURAL.contains(code)) {
      return "des " + name;
    }
    if (ELIDED.contains(code)) {
      return "de l'" + name;
    }
    if (FEMININE.contains(code)) {
      return "de la " + name;
    }
    if (NO_ARTICLE.contains(code) || !NAMES.containsKey(code)) {
      return "de " + name;
    }
    return "du " + name;
  }

  public static boolean isValid(String code) {
    return code != null && NAMES.containsKey(code);
  }

  /** Throws with a French message when the code is not a département; returns it normalised ("2a" gives "2A"). */
  public static String require(Object value) {
    String code = value == null ? "" : value.toString().trim().toUpperCase();
    if (!isValid(code)) {
      throw new InvalidInputException("Le département « " + (value == null ? "" : value)
          + " » est inconnu : indiquez son code INSEE, par exemple 59, 2A ou 974.");
    }
    return code;
  }

  public static String name(String code) {
    return NAMES.getOrDefault(code, code);
  }

  /** The département on 3 characters, as in convention references: "059", "02A", "974". */
  public static String threeCharacters(String code) {
    return code.length() >= 3 ? code : "0".repeat(3 - code.length()) + code;
  }
}
