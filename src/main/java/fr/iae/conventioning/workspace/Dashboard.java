package fr.iae.conventioning.workspace;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionStatus;
import fr.iae.conventioning.convention.ReportedExits;
import fr.iae.conventioning.indicators.ExitRates;
import fr.iae.conventioning.security.Actor;
import fr.iae.conventioning.security.CurrentUser;
import fr.iae.conventioning.shared.ConventioningProperties;
import fr.iae.conventioning.shared.FrenchFormat;
import fr.iae.conventioning.structure.Department;
import fr.iae.conventioning.structure.StateServices;
import fr.iae.conventioning.workspace.ConventionRows.Row;
import fr.iae.conventioning.workspace.ConventionRows.TaskView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The département's dashboard for its State service, CDIAE and prefecture: conventions by stage, overdue tasks,
 * conventions ending within six months, the exit rates the yearly reports give against the national targets.
 */
@Component
class Dashboard {

  private static final List<Actor> READERS = List.of(Actor.STATE, Actor.CDIAE, Actor.PREFECTURE);

  private final ReportedExits exits;
  private final StateServices stateServices;
  private final ConventioningProperties properties;
  private final Clock clock;

  Dashboard(ReportedExits exits, StateServices stateServices, ConventioningProperties properties, Clock clock) {
    this.exits = exits;
    this.stateServices = stateServices;
    this.properties = properties;
    this.clock = clock;
  }

  boolean mayOpen(CurrentUser user) {
    return user.isAdmin() || READERS.stream().anyMatch(actor -> !user.scopes(actor).isEmpty());
  }

  /** The départements this user reads a dashboard of: theirs, or for an administrator every one with conventions. */
  List<String> departments(CurrentUser user, List<Convention> visible) {
    Set<String> departments = new TreeSet<>();
    if (user.isAdmin()) {
      visible.forEach(convention -> departments.add(convention.getStructure().getDepartment()));
    }
    READERS.forEach(actor -> departments.addAll(user.scopes(actor)));
    return List.copyOf(departments);
  }

  /** One stage's line: how many conventions, and the bar's width in percent of the largest. */
  public record StageCount(String label, long count, long width) {}

  /** A rate against its target, with the bar widths on a 0–100 scale. */
  public record Rate(String label, String value, String target, BigDecimal valueWidth, BigDecimal targetWidth,
      boolean reached) {}

  public record Ending(String reference, String structureName, String end, String stage) {}

  public record Overdue(String reference, String structureName, String task, String party, String due, String url) {}

  public record Board(String department, String departmentName, String stateService, int conventions,
      List<StageCount> stages, List<Overdue> overdue, List<Ending> ending, List<Rate> rates, int examinedExits) {}

  Board of(CurrentUser user, String department, List<Row> visibleRows) {
    List<Row> rows = visibleRows.stream().filter(row -> row.department().equals(department)).toList();
    List<StageCount> stages = new ArrayList<>();
    long largest = 1;
    for (ConventionStatus status : ConventionStatus.values()) {
      largest = Math.max(largest, rows.stream().filter(row -> row.status() == status).count());
    }
    for (ConventionStatus status : ConventionStatus.values()) {
      long count = rows.stream().filter(row -> row.status() == status).count();
      stages.add(new StageCount(status.label(), count, count * 100 / largest));
    }
    List<Overdue> overdue = new ArrayList<>();
    for (Row row : rows) {
      for (TaskView task : row.tasks()) {
        if (task.overdue()) {
          overdue.add(new Overdue(row.reference(), row.structureName(), task.name(), task.party(), task.due(),
              task.url()));
        }
      }
    }
    LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
    List<Ending> ending = rows.stream()
        .filter(row -> row.status().isInProgress() && !row.convention().getEndDate().isBefore(today)
            && !row.convention().getEndDate().isAfter(today.plusMonths(6)))
        .sorted(Comparator.comparing(row -> row.convention().getEndDate()))
        .map(row -> new Ending(row.reference(), row.structureName(), FrenchFormat.date(row.convention().getEndDate()),
            row.stageLabel()))
        .toList();
    ExitRates rates = ExitRates.of(exits.yearly(rows.stream().map(row -> row.convention().getId()).toList()));
    List<Rate> chart = List.of(
        rate("Sorties vers l'emploi durable", rates.durableRate(), ExitRates.NATIONAL_DURABLE),
        rate("Sorties dynamiques", rates.dynamicRate(), ExitRates.NATIONAL_DYNAMIC));
    return new Board(department, Department.name(department), stateServices.label(department), rows.size(), stages,
        overdue, ending, chart, rates.examinedExits());
  }

  private static Rate rate(String label, BigDecimal value, BigDecimal target) {
    return new Rate(label, FrenchFormat.percent(value), FrenchFormat.percent(target),
        value == null ? BigDecimal.ZERO : value.min(new BigDecimal("100")), target,
        value != null && value.compareTo(target) >= 0);
  }
}
