package fr.iae.conventioning.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An unknown address or method under {@code /api} is found before any of the application's controllers, so
 * {@link ApiErrorHandler} (which advises those controllers) never sees it: it is answered here, in the same French
 * shape. Other addresses keep Spring's answer.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiRoutingErrors {

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<Map<String, Object>> unknownAddress(NoResourceFoundException e, HttpServletRequest request)
      throws NoResourceFoundException {
    if (!isApi(request)) {
      throw e;
    }
    return ApiErrorHandler.answer(HttpStatus.NOT_FOUND, "Cette adresse n'existe pas dans l'API : voyez"
        + " docs/contract.md pour les adresses de /api.");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<Map<String, Object>> unknownMethod(HttpRequestMethodNotSupportedException e,
      HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
    if (!isApi(request)) {
      throw e;
    }
    String allowed = e.getSupportedMethods() == null ? "" : " (possibles : " + String.join(", ",
        e.getSupportedMethods()) + ")";
    return ApiErrorHandler.answer(HttpStatus.METHOD_NOT_ALLOWED, "Cette opération n'existe pas à cette adresse"
        + allowed + ".");
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }
}
