package fr.iae.conventioning.annex;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionAccess;
import fr.iae.conventioning.convention.ConventionService;
import fr.iae.conventioning.security.CurrentUserProvider;
import fr.iae.conventioning.shared.ConventioningProperties;
import fr.iae.conventioning.shared.FormValues;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/conventions/{reference}/annexes/{number}/document}, an annex's PDF for those who may see the
 * convention; {@code POST /api/conventions/{reference}/annexes/{number}/amendments}, the State service's amendment of
 * the annex in force ({@code fte}, {@code reason}), which the structure then accepts and the prefect signs.
 */
@RestController
class AnnexController {

  private final ConventionAccess access;
  private final CurrentUserProvider currentUser;
  private final ConventionService conventions;
  private final AnnexService annexes;
  private final AnnexAmendments amendments;
  private final ConventioningProperties properties;

  AnnexController(ConventionAccess access, CurrentUserProvider currentUser, ConventionService conventions,
      AnnexService annexes, AnnexAmendments amendments, ConventioningProperties properties) {
    this.access = access;
    this.currentUser = currentUser;
    this.conventions = conventions;
    this.annexes = annexes;
    this.amendments = amendments;
    this.properties = properties;
  }

  @GetMapping("/api/conventions/{reference}/annexes/{number}/document")
  @Transactional(readOnly = true)
  public ResponseEntity<byte[]> document(@PathVariable String reference, @PathVariable String number) {
    Convention convention = access.require(currentUser.require(), reference);
    FinancialAnnex annex = annexes.find(convention, number);
    byte[] pdf = AnnexPdf.render(convention, conventions.stateServiceOf(convention), annex,
        annexes.proposal(annex.evidence()), properties.zone());
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename("annexe-" + convention.getReference() + "-" + annex.getNumber() + ".pdf").build().toString())
        .body(pdf);
  }

  @PostMapping("/api/conventions/{reference}/annexes/{number}/amendments")
  public ResponseEntity<Map<String, Object>> amend(@PathVariable String reference, @PathVariable String number,
      @RequestBody Map<String, Object> body) {
    FinancialAnnex amendment = amendments.request(currentUser.require(), reference, number, new FormValues(body::get));
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("number", amendment.getNumber(),
        "status", amendment.getStatus().name(), "fte", amendment.getFte(), "totalAmount", amendment.getTotalAmount()));
  }
}
