package fr.iae.conventioning.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.FormException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every error of {@code /api} as {@code {"status", "error", "message"}} with a French message, no stack trace. */
@RestControllerAdvice(basePackages = "fr.iae.conventioning")
public class ApiErrorHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiErrorHandler.class);

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<Map<String, Object>> conflict(ConflictException e) {
    return answer(HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Map<String, Object>> invalid(InvalidInputException e) {
    return answer(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
    return answer(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(ForbiddenException.class)
  ResponseEntity<Map<String, Object>> forbidden(ForbiddenException e) {
    return answer(HttpStatus.FORBIDDEN, e.getMessage());
  }

  /** A refusal raised inside the engine (a listener applying a domain rule) keeps the domain's status. */
  @ExceptionHandler({BadUserRequestException.class, FormException.class})
  ResponseEntity<Map<String, Object>> engineRefusal(ProcessEngineException e) {
    if (e.getCause() instanceof ConflictException conflict) {
      return conflict(conflict);
    }
    if (e.getCause() instanceof NotFoundException notFound) {
      return notFound(notFound);
    }
    return answer(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, Object>> engineForbidden(AuthorizationException e) {
    String message = e.getMissingAuthorizations() == null || e.getMissingAuthorizations().isEmpty()
        ? e.getMessage()
        : "Vous n'avez pas les droits nécessaires pour cette opération.";
    return answer(HttpStatus.FORBIDDEN, message);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    return answer(HttpStatus.BAD_REQUEST, "Le corps de la requête n'est pas un document JSON valide.");
  }

  @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
  ResponseEntity<Map<String, Object>> badParameter(Exception e) {
    return answer(HttpStatus.BAD_REQUEST, "Un paramètre de la requête est manquant ou mal formé.");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
    return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Envoyez le corps de la requête en JSON (Content-Type: application/json).");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e) {
    return answer(HttpStatus.METHOD_NOT_ALLOWED, "Cette opération n'existe pas à cette adresse.");
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<Map<String, Object>> noResource(NoResourceFoundException e) {
    return answer(HttpStatus.NOT_FOUND, "Cette adresse n'existe pas.");
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Map<String, Object>> unexpected(Exception e) {
    LOG.error("Unexpected error answering an API call", e);
    return answer(HttpStatus.INTERNAL_SERVER_ERROR,
        "Une erreur inattendue s'est produite ; elle a été enregistrée. Réessayez plus tard ou contactez l'administrateur.");
  }

  static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.value());
    body.put("error", status.getReasonPhrase());
    body.put("message", message);
    return ResponseEntity.status(status).body(body);
  }
}
