package fr.iae.conventioning.workspace;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionSearch;
import fr.iae.conventioning.convention.ConventionStatus;
import fr.iae.conventioning.security.Actor;
import fr.iae.conventioning.security.CurrentUser;
import fr.iae.conventioning.shared.FrenchFormat;
import fr.iae.conventioning.structure.Department;
import fr.iae.conventioning.structure.StateServices;
import fr.iae.conventioning.workspace.OpenTasks.OpenTask;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The workspace's list: each visible convention with where it stands, whose turn it is and its open tasks; the
 * search, filters and sort the page offers.
 */
public final class ConventionRows {

  static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";

  private ConventionRows() {}

  /** What the list page was asked for: each field may be blank. */
  public record Query(String search, String stage, boolean overdueOnly, String department, String sort) {

    /** The same, as the database answers it; an unknown stage or sort is ignored. */
    ConventionSearch toSearch(Instant now) {
      ConventionStatus status = Arrays.stream(ConventionStatus.values())
          .filter(value -> value.name().equals(stage)).findFirst().orElse(null);
      ConventionSearch.Order order = switch (sort == null ? "" : sort) {
        case "structure" -> ConventionSearch.Order.STRUCTURE;
        case "etape" -> ConventionSearch.Order.STAGE;
        case "echeance" -> ConventionSearch.Order.NEXT_DUE;
        case "fin" -> ConventionSearch.Order.END;
        default -> ConventionSearch.Order.REFERENCE;
      };
      return new ConventionSearch(search, status, department, overdueOnly ? now : null, order);
    }
  }

  /** A task in the list and on the convention's page. */
  public record TaskView(String id, String name, String party, String due, boolean overdue, boolean mine, String url) {}

  /** A convention in the list. */
  public record Row(Convention convention, List<TaskView> tasks, String turn, boolean overdue, Instant nextDue) {

    public String reference() {
      return convention.getReference();
    }

    public String structureName() {
      return convention.getStructure().getName();
    }

    public String siret() {
      return convention.getStructure().getSiret();
    }

    public String kind() {
      return convention.getStructure().getKind().name();
    }

    public String department() {
      return convention.getStructure().getDepartment();
    }

    public String departmentName() {
      return Department.name(department());
    }

    public ConventionStatus status() {
      return convention.getStatus();
    }

    public String stageLabel() {
      return convention.getStatus().label();
    }

    public String period() {
      return FrenchFormat.date(convention.getStartDate()) + " – " + FrenchFormat.date(convention.getEndDate());
    }

  }

  static List<Row> rows(List<Convention> conventions, Map<String, List<OpenTask>> tasks, CurrentUser viewer,
      StateServices stateServices, ZoneId zone, Instant now) {
    return conventions.stream().map(convention -> {
      List<OpenTask> open = tasks.getOrDefault(convention.getReference(), List.of());
      List<TaskView> views = open.stream().map(task -> view(task, convention, viewer, stateServices, zone, now))
          .toList();
      Instant nextDue = open.stream().map(OpenTask::due).filter(Objects::nonNull).min(Instant::compareTo)
          .orElse(null);
      return new Row(convention, views, turn(open, convention, stateServices),
          open.stream().anyMatch(task -> task.overdue(now)), nextDue);
    }).toList();
  }

  static TaskView view(OpenTask task, Convention convention, CurrentUser viewer, StateServices stateServices,
      ZoneId zone, Instant now) {
    return new TaskView(task.id(), task.name(), parties(task.parties(), convention, stateServices),
        task.due() == null ? "" : FrenchFormat.date(task.due().atZone(zone).toLocalDate()), task.overdue(now),
        viewer.isAdmin() || task.forUser(viewer.userId(), viewer.groups()), TASKLIST_TASK + task.id());
  }

  /** Whose turn it is, in words: "Structure", "DDETS du Nord et France Travail". */
  static String turn(List<OpenTask> tasks, Convention convention, StateServices stateServices) {
    Set<Actor> parties = new LinkedHashSet<>();
    tasks.forEach(task -> parties.addAll(task.parties()));
    return parties.isEmpty() ? "" : parties(parties, convention, stateServices);
  }

  /** A party as the convention's users name it: its département's State service by its own label. */
  static String partyName(Actor party, Convention convention, StateServices stateServices) {
    if (party == null) {
      return "Application";
    }
    return party == Actor.STATE ? stateServices.label(convention.getStructure().getDepartment()) : party.label();
  }

  private static String parties(Set<Actor> parties, Convention convention, StateServices stateServices) {
    List<String> names = parties.stream().map(actor -> partyName(actor, convention, stateServices)).toList();
    if (names.size() <= 1) {
      return names.isEmpty() ? "" : names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " et " + names.get(names.size() - 1);
  }
}
