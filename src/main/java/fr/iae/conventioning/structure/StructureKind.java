package fr.iae.conventioning.structure;

import fr.iae.conventioning.shared.InvalidInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The five kinds of SIAE. */
public enum StructureKind {
  EI("entreprise d'insertion"),
  ETTI("entreprise de travail temporaire d'insertion"),
  AI("association intermédiaire"),
  ACI("atelier et chantier d'insertion"),
  EITI("entreprise d'insertion par le travail indépendant");

  private final String label;

  StructureKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static StructureKind parse(Object value) {
    String text = value == null ? "" : value.toString().trim().toUpperCase();
    return Arrays.stream(values())
        .filter(kind -> kind.name().equals(text))
        .findFirst()
        .orElseThrow(() -> new InvalidInputException("Le type de structure « " + (value == null ? "" : value)
            + " » est inconnu : choisissez parmi " + Arrays.stream(values()).map(Enum::name)
            .collect(Collectors.joining(", ")) + "."));
  }
}
