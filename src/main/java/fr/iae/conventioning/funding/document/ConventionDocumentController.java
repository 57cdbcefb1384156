package fr.iae.conventioning.funding.document;

import fr.iae.conventioning.convention.Convention;
import fr.iae.conventioning.convention.ConventionAccess;
import fr.iae.conventioning.security.CurrentUserProvider;
import fr.iae.conventioning.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/conventions/{reference}/document}: the signed convention, for those who may see the convention. */
@RestController
class ConventionDocumentController {

  private final ConventionAccess access;
  private final CurrentUserProvider currentUser;
  private final SignedConventionService documents;

  public ConventionDocumentController(ConventionAccess access, CurrentUserProvider currentUser,
      SignedConventionService documents) {
    this.access = access;
    this.currentUser = currentUser;
    this.documents = documents;
  }

  @GetMapping("/api/conventions/{reference}/document")
  @Transactional(readOnly = true)
  public ResponseEntity<byte[]> document(@PathVariable String reference) {
    Convention convention = access.require(currentUser.require(), reference);
    ConventionDocument document = documents.document(convention).orElseThrow(() -> new NotFoundException(
        "La convention " + reference + " n'est pas encore signée : son document n'existe pas."));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(document.getFileName()).build().toString())
        .body(document.getContent());
  }

  /** The text the signatories sign, marked as a draft, while the signatures are collected. */
  @GetMapping("/api/conventions/{reference}/draft")
  @Transactional(readOnly = true)
  public ResponseEntity<byte[]> draft(@PathVariable String reference) {
    Convention convention = access.require(currentUser.require(), reference);
    byte[] pdf = documents.draft(convention).orElseThrow(() -> new NotFoundException("La convention " + reference
        + " n'est pas en cours de signature : son projet de convention n'est pas disponible."));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename("projet-convention-" + reference + ".pdf").build().toString())
        .body(pdf);
  }
}
