package fr.iae.conventioning.workspace;

import fr.iae.conventioning.annex.AnnexAmendments;
import fr.iae.conventioning.annex.FinancialAnnex;
import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionAccess;
import fr.iae.conventioning.convention.ConventionHistory;
import fr.iae.conventioning.convention.ConventionSearch;
import fr.iae.conventioning.convention.ConventionSheet;
import fr.iae.conventioning.convention.ConventionStatus;
import fr.iae.conventioning.convention.ConventionsCsv;
import fr.iae.conventioning.convention.TimelineEntry;
import fr.iae.conventioning.security.CurrentUser;
import fr.iae.conventioning.security.CurrentUserProvider;
import fr.iae.conventioning.security.WebappSession;
import fr.iae.conventioning.shared.ConventioningProperties;
import fr.iae.conventioning.shared.ForbiddenException;
import fr.iae.conventioning.shared.FormValues;
import fr.iae.conventioning.shared.FrenchFormat;
import fr.iae.conventioning.shared.InvalidInputException;
import fr.iae.conventioning.shared.NotFoundException;
import fr.iae.conventioning.structure.StateServices;
import fr.iae.conventioning.workspace.ConventionRows.Query;
import fr.iae.conventioning.workspace.ConventionRows.Row;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The workspace's pages, {@code /espace/…}, in French; what each shows is what {@code /api} gives the same user. */
@Controller
class WorkspaceController {

  static final int PAGE_SIZE = 25;
  private static final int EXPORT_PAGE_SIZE = 500;

  private final ConventionAccess access;
  private final ConventionHistory history;
  private final ConventionSheet sheet;
  private final OpenTasks openTasks;
  private final Dashboard dashboard;
  private final AnnexAmendments amendments;
  private final CurrentUserProvider currentUser;
  private final WebappSession session;
  private final StateServices stateServices;
  private final ConventioningProperties properties;
  private final Clock clock;

  WorkspaceController(ConventionAccess access, ConventionHistory history, ConventionSheet sheet, OpenTasks openTasks,
      Dashboard dashboard, AnnexAmendments amendments, CurrentUserProvider currentUser, WebappSession session,
      StateServices stateServices, ConventioningProperties properties, Clock clock) {
    this.access = access;
    this.history = history;
    this.sheet = sheet;
    this.openTasks = openTasks;
    this.dashboard = dashboard;
    this.amendments = amendments;
    this.currentUser = currentUser;
    this.session = session;
    this.stateServices = stateServices;
    this.properties = properties;
    this.clock = clock;
  }

  /** The signed-in user and whether the dashboard is in the menu, for every page's frame. */
  @ModelAttribute
  void frame(Model model) {
    currentUser.current().ifPresent(user -> model.addAttribute("user", user)
        .addAttribute("showDashboard", dashboard.mayOpen(user)));
  }

  @GetMapping({"/espace", "/espace/"})
  String home() {
    return "redirect:/espace/conventions";
  }

  @GetMapping(WorkspaceFilter.LOGIN)
  String loginPage(@RequestParam(required = false) String suite, @RequestParam(required = false) String erreur,
      @RequestParam(required = false) String deconnecte, Model model) {
    model.addAttribute("suite", safeTarget(suite));
    model.addAttribute("error", erreur != null);
    model.addAttribute("signedOut", deconnecte != null);
    model.addAttribute("title", "Connexion");
    return "espace/connexion";
  }

  @PostMapping(WorkspaceFilter.LOGIN)
  String login(@RequestParam(required = false) String identifiant, @RequestParam(required = false) String motDePasse,
      @RequestParam(required = false) String suite, HttpServletRequest request) {
    String target = safeTarget(suite);
    if (!session.signIn(request, identifiant, motDePasse)) {
      return "redirect:" + WorkspaceFilter.LOGIN + "?erreur&suite=" + URLEncoder.encode(target,
          StandardCharsets.UTF_8);
    }
    return "redirect:" + target;
  }

  @PostMapping("/espace/deconnexion")
  String logout(HttpServletRequest request) {
    session.signOut(request);
    return "redirect:" + WorkspaceFilter.LOGIN + "?deconnecte";
  }

  @GetMapping("/espace/conventions")
  String list(@RequestParam(required = false) String q, @RequestParam(required = false) String etape,
      @RequestParam(required = false) String retard, @RequestParam(required = false) String departement,
      @RequestParam(required = false) String tri, @RequestParam(defaultValue = "1") String page, Model model) {
    CurrentUser user = currentUser.require();
    Query query = new Query(q, etape, retard != null && !retard.isBlank(), departement, tri);
    ConventionSearch search = query.toSearch(clock.instant());
    int wanted = Math.max(1, parsePage(page));
    ConventionSearch.Page found = access.search(user, search, wanted - 1, PAGE_SIZE);
    int pages = (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    int current = Math.min(pages, wanted);
    if (current != wanted) {
      found = access.search(user, search, current - 1, PAGE_SIZE);
    }
    model.addAttribute("title", "Mes conventions");
    model.addAttribute("rows", rows(found.conventions(), user));
    model.addAttribute("total", found.total());
    model.addAttribute("visible", access.search(user, ConventionSearch.all(), 0, 1).total());
    model.addAttribute("page", current);
    model.addAttribute("pages", pages);
    model.addAttribute("query", query);
    model.addAttribute("queryString", queryString(query));
    model.addAttribute("stages", Arrays.stream(ConventionStatus.values()).toList());
    model.addAttribute("departments", access.departments(user));
    return "espace/conventions";
  }

  @GetMapping("/espace/conventions/export")
  ResponseEntity<byte[]> export(@RequestParam(required = false) String q, @RequestParam(required = false) String etape,
      @RequestParam(required = false) String retard, @RequestParam(required = false) String departement,
      @RequestParam(required = false) String tri) {
    Query query = new Query(q, etape, retard != null && !retard.isBlank(), departement, tri);
    ConventionSearch search = query.toSearch(clock.instant());
    CurrentUser user = currentUser.require();
    List<Convention> conventions = new ArrayList<>();
    ConventionSearch.Page found;
    int index = 0;
    do {
      found = access.search(user, search, index++, EXPORT_PAGE_SIZE);
      conventions.addAll(found.conventions());
    } while (!found.conventions().isEmpty() && conventions.size() < found.total());
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("conventions.csv").build().toString())
        .body(ConventionsCsv.document(conventions));
  }

  @GetMapping("/espace/conventions/{reference}")
  @Transactional(readOnly = true)
  String convention(@PathVariable String reference, Model model) {
    CurrentUser user = currentUser.require();
    Convention convention = access.require(user, reference);
    Instant now = clock.instant();
    Row row = ConventionRows.rows(List.of(convention), openTasks.byReference(List.of(reference)), user,
        stateServices, properties.zone(), now).get(0);
    List<TimelineEntry> entries = history.of(user, convention);
    Map<String, String> names = history.names(entries);
    List<Map<String, String>> timeline = new ArrayList<>();
    for (TimelineEntry entry : entries) {
      Map<String, String> item = new LinkedHashMap<>();
      item.put("at", FrenchFormat.dateAndTime(entry.at().atZone(properties.zone())));
      item.put("actor", entry.actor() == null ? "" : names.getOrDefault(entry.actor(), entry.actor()));
      item.put("party", ConventionRows.partyName(entry.party(), convention, stateServices));
      item.put("stage", entry.stage().label());
      item.put("what", entry.what());
      timeline.add(item);
    }
    model.addAttribute("title", convention.getReference());
    model.addAttribute("row", row);
    model.addAttribute("stateService", stateServices.label(convention.getStructure().getDepartment()));
    model.addAttribute("timeline", timeline);
    Map<String, Object> record = sheet.of(convention);
    model.addAttribute("documents", documents(record));
    model.addAttribute("amendable", amendments.mayRequest(user, convention) ? amendable(record) : List.of());
    model.addAttribute("previous", convention.getPreviousConvention() == null ? null
        : convention.getPreviousConvention().getReference());
    return "espace/convention";
  }

  /** The State service asks for an amendment of the annex in force; back to the page with what happened. */
  @PostMapping("/espace/conventions/{reference}/annexes/{number}/avenant")
  String amend(@PathVariable String reference, @PathVariable String number, @RequestParam Map<String, String> form,
      RedirectAttributes redirect) {
    try {
      FinancialAnnex amendment = amendments.request(currentUser.require(), reference, number,
          new FormValues(name -> "fte".equals(name) ? parseFte(form.get(name)) : form.get(name)));
      redirect.addFlashAttribute("notice", "L'avenant " + amendment.getNumber() + " est proposé à la structure : "
          + FrenchFormat.number(amendment.getFte(), 2) + " ETP, total " + FrenchFormat.euros(amendment.getTotalAmount())
          + ". Elle l'accepte, puis le préfet le signe.");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/espace/conventions/" + reference;
  }

  /** "10,5" or "10.5" as the number it is; anything else goes to the service as typed, which refuses it in French. */
  private static Object parseFte(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(value.strip().replace(',', '.').replace("\u00a0", "").replace(" ", ""));
    } catch (NumberFormatException e) {
      return value;
    }
  }

  @GetMapping("/espace/tableau-de-bord")
  String dashboard(@RequestParam(required = false) String departement, Model model) {
    CurrentUser user = currentUser.require();
    if (!dashboard.mayOpen(user)) {
      throw new ForbiddenException("Le tableau de bord est celui du service de l'État, du CDIAE et de la préfecture"
          + " d'un département.");
    }
    List<String> departments = dashboard.departments(user, access.visibleTo(user));
    String department = departement != null && departments.contains(departement) ? departement
        : departments.isEmpty() ? null : departments.get(0);
    model.addAttribute("title", "Tableau de bord");
    model.addAttribute("departments", departments);
    model.addAttribute("board", department == null ? null : dashboard.of(user, department, rows(user)));
    return "espace/tableau-de-bord";
  }

  @ExceptionHandler(NotFoundException.class)
  String notFound(NotFoundException e, Model model, HttpServletResponse response) {
    return error(model, response, HttpServletResponse.SC_NOT_FOUND, "Page introuvable", e.getMessage());
  }

  @ExceptionHandler(ForbiddenException.class)
  String forbidden(ForbiddenException e, Model model, HttpServletResponse response) {
    return error(model, response, HttpServletResponse.SC_FORBIDDEN, "Accès refusé", e.getMessage());
  }

  private String error(Model model, HttpServletResponse response, int status, String title, String message) {
    response.setStatus(status);
    model.addAttribute("title", title);
    model.addAttribute("message", message);
    // an exception handler's model is a new one: the frame's attributes are added again
    frame(model);
    return "espace/erreur";
  }

  private List<Row> rows(CurrentUser user) {
    return rows(access.visibleTo(user), user);
  }

  private List<Row> rows(List<Convention> visible, CurrentUser user) {
    return ConventionRows.rows(visible, openTasks.byReference(visible.stream().map(Convention::getReference).toList()),
        user, stateServices, properties.zone(), clock.instant());
  }

  /** The convention's documents the viewer may open: the signed convention, each issued annex. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, String>> documents(Map<String, Object> record) {
    List<Map<String, String>> documents = new ArrayList<>();
    if (record.get("draft") instanceof String url) {
      documents.add(Map.of("label", "Projet de convention, en cours de signature (PDF)", "url", url));
    }
    if (record.get("document") instanceof Map<?, ?> document) {
      documents.add(Map.of("label", "Convention signée (PDF)", "url", String.valueOf(document.get("url"))));
    }
    if (record.get("annexes") instanceof List<?> annexes) {
      for (Object item : annexes) {
        Map<String, Object> annex = (Map<String, Object>) item;
        if (annex.get("document") instanceof String url) {
          documents.add(Map.of("label", "Annexe financière " + annex.get("number") + " — " + annex.get("statusLabel")
              + " (PDF)", "url", url));
        }
      }
    }
    return documents;
  }

  /** The annexes in force the State service may amend, by number. */
  @SuppressWarnings("unchecked")
  private static List<String> amendable(Map<String, Object> record) {
    List<String> numbers = new ArrayList<>();
    if (record.get("annexes") instanceof List<?> annexes) {
      for (Object item : annexes) {
        Map<String, Object> annex = (Map<String, Object>) item;
        if ("VALIDE".equals(annex.get("status"))) {
          numbers.add(String.valueOf(annex.get("number")));
        }
      }
    }
    return numbers;
  }

  /** Back to the workspace or a webapp of this application only, never to another site. */
  static String safeTarget(String target) {
    if (target != null && target.matches("/(espace|camunda)(/[^\\s\\\\]*)?") && !target.startsWith("//")) {
      return target;
    }
    return "/espace/conventions";
  }

  private static int parsePage(String page) {
    try {
      return Integer.parseInt(page.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static String queryString(Query query) {
    StringBuilder text = new StringBuilder();
    append(text, "q", query.search());
    append(text, "etape", query.stage());
    append(text, "retard", query.overdueOnly() ? "1" : null);
    append(text, "departement", query.department());
    append(text, "tri", query.sort());
    return text.toString();
  }

  private static void append(StringBuilder text, String name, String value) {
    if (value != null && !value.isBlank()) {
      text.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }
}
