package fr.iae.conventioning.funding.conference;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.iae.conventioning.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The funders chosen in {@code prepareFundersConference}, however they come: a JSON array from Tasklist's checklist
 * or the engine REST API, a Java list, or a JSON text.
 */
final class FunderCodes {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FunderCodes() {}

  static List<String> parse(Object value) {
    Collection<?> items;
    if (value == null) {
      items = List.of();
    } else if (value instanceof SpinJsonNode node) {
      if (!node.isArray()) {
        throw notAList();
      }
      items = node.elements().stream().map(element -> element.isString() ? element.stringValue() : element.toString())
          .toList();
    } else if (value instanceof Collection<?> collection) {
      items = collection;
    } else {
      String text = value.toString().trim();
      if (text.isEmpty()) {
        items = List.of();
      } else {
        try {
          items = JSON.readValue(text, new TypeReference<List<Object>>() { });
        } catch (Exception e) {
          throw notAList();
        }
      }
    }
    LinkedHashSet<String> codes = new LinkedHashSet<>();
    for (Object item : items) {
      if (item != null && !item.toString().isBlank()) {
        codes.add(item.toString().trim());
      }
    }
    return new ArrayList<>(codes);
  }

  private static InvalidInputException notAList() {
    return new InvalidInputException("La liste des financeurs invités doit être une liste de codes de financeurs,"
        + " par exemple [\"cd59\", \"region-hdf\"].");
  }
}
