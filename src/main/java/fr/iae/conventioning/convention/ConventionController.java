package fr.iae.conventioning.convention;

import fr.iae.conventioning.security.CurrentUser;
import fr.iae.conventioning.security.CurrentUserProvider;
import fr.iae.conventioning.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/conventions")
public class ConventionController {

  private final ConventionAccess access;
  private final CurrentUserProvider currentUser;
  private final RuntimeService runtimeService;
  private final ConventionSheet sheet;
  private final ConventionHistory history;

  public ConventionController(ConventionAccess access, CurrentUserProvider currentUser, RuntimeService runtimeService,
      ConventionSheet sheet, ConventionHistory history) {
    this.access = access;
    this.currentUser = currentUser;
    this.runtimeService = runtimeService;
    this.sheet = sheet;
    this.history = history;
  }

  /** Conventions a page holds unless the caller asks for another size, and the most it may ask for. */
  static final int PAGE_SIZE = 100;
  static final int MAX_PAGE_SIZE = 500;

  /**
   * JSON, one page at a time (newest first; the total in {@code X-Total-Count}, the next and previous pages in
   * {@code Link}); or every row as CSV when the caller asks for {@code text/csv} by name (a wildcard gets JSON).
   */
  @GetMapping
  @Transactional(readOnly = true)
  public ResponseEntity<?> list(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
      @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
    CurrentUser user = currentUser.require();
    if (asksForCsv(accept)) {
      return csv(access.visibleTo(user));
    }
    int pageIndex = number(page, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE, "Le numéro de page (page)");
    int pageSize = number(size, PAGE_SIZE, MAX_PAGE_SIZE, "La taille de page (size)");
    if (pageSize == 0) {
      throw new InvalidInputException("La taille de page (size) doit être comprise entre 1 et " + MAX_PAGE_SIZE + ".");
    }
    ConventionSearch.Page found = access.search(user, ConventionSearch.all(), pageIndex, pageSize);
    List<String> links = new ArrayList<>();
    if ((long) (pageIndex + 1) * pageSize < found.total()) {
      links.add("</api/conventions?page=" + (pageIndex + 1) + "&size=" + pageSize + ">; rel=\"next\"");
    }
    if (pageIndex > 0) {
      links.add("</api/conventions?page=" + (pageIndex - 1) + "&size=" + pageSize + ">; rel=\"prev\"");
    }
    ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .header("X-Total-Count", String.valueOf(found.total()));
    if (!links.isEmpty()) {
      response.header(HttpHeaders.LINK, String.join(", ", links));
    }
    return response.body(found.conventions().stream().map(ConventionSheet::summary).toList());
  }

  private static int number(String value, int byDefault, int max, String what) {
    if (value == null || value.isBlank()) {
      return byDefault;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= 0 && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidInputException(what + " doit être un nombre entier entre 0 et " + max + ".");
  }

  /**
   * The rows for a spreadsheet: UTF-8 with a byte-order mark, {@code ;} between fields, French headers, dates as
   * {@code 31/12/2029}, so that a French spreadsheet opens it as it is.
   */
  private static ResponseEntity<byte[]> csv(List<Convention> conventions) {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("conventions.csv").build().toString())
        .body(ConventionsCsv.document(conventions));
  }

  private static boolean asksForCsv(String accept) {
    if (accept == null || accept.isBlank()) {
      return false;
    }
    try {
      return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> "text".equals(type.getType())
          && "csv".equals(type.getSubtype()) && type.getQualityValue() > 0);
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }

  @GetMapping("/{reference}")
  @Transactional(readOnly = true)
  public Map<String, Object> get(@PathVariable String reference) {
    return sheet.of(access.require(currentUser.require(), reference));
  }

  /** The timeline: every step, oldest first, as {@code at, actor, party, stage, what} (docs/contract.md). */
  @GetMapping("/{reference}/history")
  @Transactional(readOnly = true)
  public List<Map<String, Object>> history(@PathVariable String reference) {
    return history.rows(history.of(currentUser.require(), reference));
  }

  /**
   * Starts the process with the body as its start variables: the engine's input guard accepts the start form's
   * fields only, and the start listener applies the rules, so the API and the engine REST behave alike.
   */
  @PostMapping
  public ResponseEntity<Map<String, Object>> start(@RequestBody Map<String, Object> body) {
    CurrentUser user = currentUser.require();
    Map<String, Object> variables = new LinkedHashMap<>(body);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(ConventioningProcess.KEY, variables);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("reference", instance.getBusinessKey());
    answer.put("processInstanceId", instance.getId());
    answer.put("startedBy", user.userId());
    return ResponseEntity.status(HttpStatus.CREATED).body(answer);
  }
}
