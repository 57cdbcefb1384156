package fr.iae.conventioning.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.iae.conventioning.engine.UserInput.Field;
import fr.iae.conventioning.engine.UserInput.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;

/**
 * Each task's typed command (the {@code *Inputs} of its stage) and its form agree field by field: names, types,
 * shown-only fields, text limits, offered choices. A field added to a form and not to its command (or the reverse)
 * fails here, before a user meets a refusal of a field they can see.
 */
class UserInputContractTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static AnnotationConfigApplicationContext context;
  private static Map<String, UserInput> inputs;

  @BeforeAll
  static void declaredInputs() throws ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*\\.[A-Za-z]+Inputs")));
    context = new AnnotationConfigApplicationContext();
    for (BeanDefinition candidate : scanner.findCandidateComponents("fr.iae.conventioning")) {
      context.registerBean(Class.forName(candidate.getBeanClassName()));
    }
    context.refresh();
    inputs = new LinkedHashMap<>();
    context.getBeansOfType(UserInput.class).values().forEach(input -> inputs.put(input.elementId(), input));
  }

  @AfterAll
  static void close() {
    context.close();
  }

  @Test
  void everyFormHasItsCommandAndTheyAgreeFieldByField() throws IOException {
    List<String> disagreements = new ArrayList<>();
    Set<String> forms = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(path -> path.toString().endsWith(".form")).sorted().toList()) {
        JsonNode form = JSON.readTree(file.toFile());
        String id = form.get("id").asText();
        forms.add(id);
        UserInput input = inputs.get(id);
        if (input == null) {
          disagreements.add(id + ": no typed command declares this form's fields");
          continue;
        }
        Map<String, JsonNode> components = new LinkedHashMap<>();
        collect(form.get("components"), components);
        for (Map.Entry<String, JsonNode> entry : components.entrySet()) {
          Field field = input.fields().get(entry.getKey());
          if (field == null) {
            disagreements.add(id + "." + entry.getKey() + ": in the form, not in the command");
          } else {
            compare(id, field, entry.getValue(), disagreements);
          }
        }
        input.fields().keySet().stream().filter(name -> !components.containsKey(name))
            .forEach(name -> disagreements.add(id + "." + name + ": in the command, not in the form"));
      }
    }
    inputs.keySet().stream().filter(id -> !forms.contains(id))
        .forEach(id -> disagreements.add(id + ": a command without a form"));
    assertThat(disagreements).isEmpty();
    assertThat(forms).hasSizeGreaterThanOrEqualTo(22);
  }

  @Test
  void everyUserTaskAndStartFormOfTheProcessesHasACommand() throws IOException {
    Pattern formRef = Pattern.compile("<bpmn:(userTask|startEvent) id=\"([^\"]+)\"[^>]*camunda:formRef=\"([^\"]+)\"");
    List<String> missing = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
        Matcher matcher = formRef.matcher(Files.readString(file));
        while (matcher.find()) {
          if (!inputs.containsKey(matcher.group(2))) {
            missing.add(file.getFileName() + ": " + matcher.group(2));
          }
          if (!matcher.group(2).equals(matcher.group(3))) {
            missing.add(file.getFileName() + ": " + matcher.group(2) + " shows form " + matcher.group(3));
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  private static void compare(String form, Field field, JsonNode component, List<String> disagreements) {
    String where = form + "." + field.name() + ": ";
    Kind expected = kindOf(component);
    if (field.kind() != expected) {
      disagreements.add(where + "the form sends " + expected + ", the command expects " + field.kind());
    }
    boolean shown = component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false);
    if (field.shown() != shown) {
      disagreements.add(where + (shown ? "shown only by the form, editable in the command"
          : "editable in the form, shown only in the command"));
    }
    JsonNode maxLength = component.path("validate").path("maxLength");
    if (!shown && field.kind() == Kind.TEXT && maxLength.isNumber() && maxLength.asInt() != field.maxLength()) {
      disagreements.add(where + "the form allows " + maxLength.asInt() + " characters, the command "
          + field.maxLength());
    }
    if (field.kind() == Kind.NUMBER && field.integer() != (component.path("decimalDigits").asInt(-1) == 0)) {
      disagreements.add(where + "whole numbers in one, decimals in the other");
    }
    if (field.kind() == Kind.CHOICE) {
      List<String> offered = new ArrayList<>();
      component.path("values").forEach(value -> offered.add(value.path("value").asText()));
      if (!offered.equals(field.values())) {
        disagreements.add(where + "the form offers " + offered + ", the command " + field.values());
      }
    }
    if (!component.path("label").asText().equals(field.label())) {
      disagreements.add(where + "labelled « " + component.path("label").asText() + " » in the form, « "
          + field.label() + " » in refusals");
    }
  }

  private static Kind kindOf(JsonNode component) {
    String type = component.get("type").asText();
    return switch (type) {
      case "textfield", "textarea" -> Kind.TEXT;
      case "number" -> Kind.NUMBER;
      case "datetime" -> Kind.DATE;
      case "checklist", "taglist" -> Kind.LIST;
      case "checkbox" -> Kind.YES_NO;
      case "radio", "select" -> {
        boolean yesNo = true;
        for (JsonNode value : component.path("values")) {
          yesNo &= value.path("value").isBoolean();
        }
        yield yesNo ? Kind.YES_NO : Kind.CHOICE;
      }
      default -> throw new AssertionError("a form field of type " + type + " has no kind of command field yet");
    };
  }

  private static void collect(JsonNode components, Map<String, JsonNode> byKey) {
    if (components == null) {
      return;
    }
    for (JsonNode component : components) {
      if (component.has("key")) {
        byKey.put(component.get("key").asText(), component);
      }
      collect(component.get("components"), byKey);
    }
  }
}
