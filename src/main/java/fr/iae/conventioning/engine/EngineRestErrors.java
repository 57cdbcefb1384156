package fr.iae.conventioning.engine;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Every answer of the engine REST API that is not a success says in French what went wrong, never an engine id, a
 * Java type or a stack trace: a refusal of the application keeps its own sentence; the engine's and Jersey's own
 * errors get a sentence by status. Request bodies are read once before the engine sees them, so that malformed JSON,
 * {@code variables} that is not an object and values that do not match their declared type are refused with the
 * field's name. The body keeps the engine's shape ({@code type}, {@code message}, {@code code}).
 */
public final class EngineRestErrors {

  private static final Logger LOG = LoggerFactory.getLogger(EngineRestErrors.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The members of engine REST bodies that hold variables, by name. */
  private static final List<String> VARIABLE_MAPS = List.of("variables", "modifications", "processVariables",
      "localVariables", "processVariablesLocal", "correlationKeys", "localCorrelationKeys");

  private static final Map<String, String> TYPE_WORDS = Map.of(
      "string", "un texte", "boolean", "oui ou non (true ou false)", "integer", "un nombre entier",
      "short", "un nombre entier", "long", "un nombre entier", "double", "un nombre", "date",
      "une date", "json", "un texte JSON valide", "null", "vide (null)");

  private EngineRestErrors() {}

  /** The French sentence for an error of the engine REST API, and the status it is answered with. */
  static Response answer(Throwable exception) {
    Status status = statusOf(exception);
    Optional<String> refusal = EngineErrors.userErrorMessage(exception);
    String message;
    if (refusal.isPresent()) {
      message = refusal.get();
      if (status == Status.INTERNAL_SERVER_ERROR) {
        status = Status.BAD_REQUEST;
      }
    } else if (exception instanceof PartyRefusal || exception instanceof FrenchRequestException) {
      message = exception.getMessage();
    } else {
      message = sentenceFor(status);
    }
    if (status == Status.INTERNAL_SERVER_ERROR) {
      LOG.error("Engine REST API failure", exception);
    } else {
      LOG.debug("Engine REST API refusal {}: {}", status.getStatusCode(), exception.getMessage());
    }
    ExceptionDto body = new ExceptionDto();
    body.setType(exception instanceof AuthorizationException ? "AuthorizationException"
        : exception instanceof ProcessEngineException ? "ProcessEngineException" : "RestException");
    body.setMessage(message);
    if (exception instanceof ProcessEngineException engineException) {
      body.setCode(engineException.getCode());
    }
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  private static Status statusOf(Throwable exception) {
    if (exception instanceof RestException rest && rest.getStatus() != null) {
      return rest.getStatus();
    }
    if (exception instanceof AuthorizationException) {
      return Status.FORBIDDEN;
    }
    if (exception instanceof BadUserRequestException || exception instanceof JsonProcessingException) {
      return Status.BAD_REQUEST;
    }
    if (exception instanceof WebApplicationException web) {
      Status status = Status.fromStatusCode(web.getResponse().getStatus());
      return status == null ? Status.BAD_REQUEST : status;
    }
    return Status.INTERNAL_SERVER_ERROR;
  }

  static String sentenceFor(Status status) {
    return switch (status) {
      case BAD_REQUEST -> "La requête n'est pas valide : vérifiez l'adresse, les paramètres et le corps envoyés.";
      case UNAUTHORIZED -> "Identifiez-vous avec votre identifiant et votre mot de passe (authentification HTTP Basic).";
      case FORBIDDEN -> UserInputRefusalPlugin.NOT_YOURS;
      case NOT_FOUND -> "Cet élément n'existe pas, ou vous n'y avez pas accès.";
      case METHOD_NOT_ALLOWED -> "Cette opération n'existe pas à cette adresse.";
      case NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE -> "Cette API échange du JSON : envoyez le corps en JSON"
          + " (Content-Type: application/json).";
      case CONFLICT -> "L'élément a changé entre-temps : rechargez-le puis recommencez.";
      default -> status.getFamily() == Status.Family.CLIENT_ERROR
          ? "La requête n'est pas valide : vérifiez l'adresse, les paramètres et le corps envoyés."
          : "Une erreur inattendue s'est produite ; elle a été enregistrée. Réessayez plus tard ou contactez"
              + " l'administrateur.";
    };
  }

  /** A refusal of the request body, already in French. */
  static class FrenchRequestException extends RestException {

    private static final long serialVersionUID = 1L;

    FrenchRequestException(String message) {
      super(Status.BAD_REQUEST, message);
    }
  }

  /** Reads a JSON body once before the engine: malformed JSON and mistyped variables are refused by name. */
  @Priority(1)
  static class BodyCheck implements ReaderInterceptor {

    @Context
    private UriInfo uri;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
      MediaType type = context.getMediaType();
      if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return context.proceed();
      }
      byte[] bytes = context.getInputStream().readAllBytes();
      if (bytes.length > 0) {
        JsonNode body;
        try {
          body = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
          throw new FrenchRequestException("Le corps de la requête n'est pas un document JSON valide"
              + (e.getLocation() == null ? "" : " (ligne " + e.getLocation().getLineNr() + ", colonne "
                  + e.getLocation().getColumnNr() + ")") + ".");
        }
        if (body != null && body.isObject()) {
          if (isStart() && !body.has("startInstructions")
              && (body.path("skipCustomListeners").asBoolean(false) || body.path("skipIoMappings").asBoolean(false))) {
            // the engine accepts the skip flags with start instructions only, and fails without them
            throw new FrenchRequestException("Un dossier commence par son début : les options qui sautent des étapes"
                + " (skipCustomListeners, skipIoMappings) ne sont pas acceptées.");
          }
          for (String member : VARIABLE_MAPS) {
            if (body.has(member) && !body.get(member).isNull()) {
              checkVariables(member, body.get(member));
            }
          }
        }
      }
      context.setInputStream(new ByteArrayInputStream(bytes));
      return context.proceed();
    }

    private boolean isStart() {
      String path = uri == null ? "" : uri.getPath();
      return path.endsWith("/start") || path.endsWith("/submit-form");
    }

    static void checkVariables(String member, JsonNode variables) {
      if (!variables.isObject()) {
        throw new FrenchRequestException("« " + member + " » doit être un objet JSON : {\"nom\": {\"value\": …,"
            + " \"type\": \"String\"}}.");
      }
      for (Map.Entry<String, JsonNode> entry : variables.properties()) {
        String name = entry.getKey();
        JsonNode variable = entry.getValue();
        if (!variable.isObject()) {
          throw new FrenchRequestException("Le champ « " + name + " » doit être donné sous la forme {\"value\": …,"
              + " \"type\": …}.");
        }
        JsonNode typeNode = variable.get("type");
        if (typeNode == null || typeNode.isNull()) {
          continue;
        }
        if (!typeNode.isTextual()) {
          throw new FrenchRequestException("Le type du champ « " + name + " » doit être un nom de type, par exemple"
              + " \"String\".");
        }
        String typeName = typeNode.asText().toLowerCase();
        JsonNode value = variable.get("value");
        if (List.of("object", "file", "bytes").contains(typeName)) {
          continue;
        }
        if (!TYPE_WORDS.containsKey(typeName)) {
          throw new FrenchRequestException("Le type « " + typeNode.asText() + " » du champ « " + name + " »"
              + " n'existe pas : utilisez String, Boolean, Integer, Long, Double, Date ou Json.");
        }
        if (value != null && !value.isNull() && !matches(typeName, value)) {
          throw new FrenchRequestException("Le champ « " + name + " » doit être " + TYPE_WORDS.get(typeName)
              + " (reçu : « " + shortText(value) + " »).");
        }
      }
    }

    private static boolean matches(String type, JsonNode value) {
      return switch (type) {
        case "string" -> value.isValueNode();
        case "boolean" -> value.isBoolean() || value.isTextual() && List.of("true", "false")
            .contains(value.asText());
        case "integer", "short", "long" -> integral(value, type);
        case "double" -> value.isNumber() || value.isTextual() && isDecimal(value.asText());
        case "date" -> value.isTextual();
        case "json" -> value.isTextual() && isJson(value.asText());
        case "null" -> false;
        default -> true;
      };
    }

    private static boolean integral(JsonNode value, String type) {
      long max = switch (type) {
        case "short" -> Short.MAX_VALUE;
        case "integer" -> Integer.MAX_VALUE;
        default -> Long.MAX_VALUE;
      };
      if (value.isIntegralNumber()) {
        return value.canConvertToLong() && Math.abs(value.asLong()) <= max;
      }
      if (value.isTextual()) {
        try {
          return Math.abs(Long.parseLong(value.asText().trim())) <= max;
        } catch (NumberFormatException e) {
          return false;
        }
      }
      return false;
    }

    private static boolean isDecimal(String text) {
      try {
        return Double.isFinite(Double.parseDouble(text.trim()));
      } catch (NumberFormatException e) {
        return false;
      }
    }

    private static boolean isJson(String text) {
      try {
        JSON.readTree(text);
        return !text.isBlank();
      } catch (JsonProcessingException e) {
        return false;
      }
    }

    private static String shortText(JsonNode value) {
      String text = value.isTextual() ? value.asText() : value.toString();
      return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
  }

  @Priority(1)
  static class AnyError implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable exception) {
      return answer(exception);
    }
  }

  @Priority(1)
  static class EngineError implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return answer(exception);
    }
  }

  @Priority(1)
  static class RestError implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      return answer(exception);
    }
  }

  @Priority(1)
  static class ParseError implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException exception) {
      return answer(new FrenchRequestException("Le corps de la requête n'est pas un document JSON valide."));
    }
  }

  @Priority(1)
  static class MappingError implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException exception) {
      String path = exception.getPath().stream()
          .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
          .reduce((left, right) -> left + "." + right).orElse("");
      return answer(new FrenchRequestException(path.isEmpty()
          ? "Le corps de la requête n'a pas la forme attendue par cette opération."
          : "L'élément « " + path + " » du corps de la requête n'a pas la forme attendue par cette opération."));
    }
  }

  @Component
  static class Registration implements ResourceConfigCustomizer {

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
      config.register(BodyCheck.class);
      config.register(AnyError.class);
      config.register(EngineError.class);
      config.register(RestError.class);
      config.register(ParseError.class);
      config.register(MappingError.class);
    }
  }
}
