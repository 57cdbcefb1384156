package fr.iae.conventioning.convention;

import fr.iae.conventioning.security.CurrentUser;
import fr.iae.conventioning.security.CurrentUserProvider;
import java.nio.charset.StandardCharsets;
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

  /** JSON, or the same rows as CSV when the caller asks for {@code text/csv} by name (a wildcard gets JSON). */
  @GetMapping
  @Transactional(readOnly = true)
  public ResponseEntity<?> list(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    List<Convention> visible = access.visibleTo(currentUser.require());
    if (asksForCsv(accept)) {
      return csv(visible);
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .body(visible.stream().map(ConventionSheet::summary).toList());
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
