package fr.iae.conventioning.annex;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionAccess;
import fr.iae.conventioning.convention.ConventionService;
import fr.iae.conventioning.security.Actor;
import fr.iae.conventioning.security.CurrentUser;
import fr.iae.conventioning.security.CurrentUserProvider;
import fr.iae.conventioning.shared.ConflictException;
import fr.iae.conventioning.shared.ConventioningProperties;
import fr.iae.conventioning.shared.ForbiddenException;
import fr.iae.conventioning.shared.FormValues;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
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

  /** The message that starts an amendment in stage 4 (docs/contract.md). */
  static final String AMENDMENT_MESSAGE = "annexAmendmentRequested";

  private final ConventionAccess access;
  private final CurrentUserProvider currentUser;
  private final ConventionService conventions;
  private final AnnexService annexes;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final ConventioningProperties properties;

  AnnexController(ConventionAccess access, CurrentUserProvider currentUser, ConventionService conventions,
      AnnexService annexes, RuntimeService runtime, IdentityService identity, ConventioningProperties properties) {
    this.access = access;
    this.currentUser = currentUser;
    this.conventions = conventions;
    this.annexes = annexes;
    this.runtime = runtime;
    this.identity = identity;
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
  @Transactional
  public ResponseEntity<Map<String, Object>> amend(@PathVariable String reference, @PathVariable String number,
      @RequestBody Map<String, Object> body) {
    CurrentUser user = currentUser.require();
    Convention convention = access.require(user, reference);
    if (!user.isMemberOf(Actor.STATE.group(convention.getStructure().getDepartment()))) {
      throw new ForbiddenException("Seul le service de l'État du département (" + conventions.stateServiceOf(convention)
          + ") peut demander un avenant à une annexe financière.");
    }
    FormValues form = new FormValues(body::get);
    BigDecimal fte = form.fte("fte", "ETP d'insertion de l'avenant", false, annexes.maxFte());
    FinancialAnnex amendment = annexes.requestAmendment(reference, number, fte, form.optionalText("reason"),
        user.userId());
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      runtime.createMessageCorrelation(AMENDMENT_MESSAGE).processInstanceBusinessKey(reference)
          .setVariable("amendmentNumber", amendment.getNumber())
          .setVariable("amendmentSummary", AnnexTexts.pricing(amendment))
          .correlate();
    } catch (MismatchingMessageCorrelationException e) {
      throw new ConflictException("La convention " + reference + " ne prend pas d'avenant à cette étape : elle suit une"
          + " procédure antérieure aux annexes financières annuelles ou n'est plus en suivi.");
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("number", amendment.getNumber(),
        "status", amendment.getStatus().name(), "fte", amendment.getFte(), "totalAmount", amendment.getTotalAmount()));
  }
}
