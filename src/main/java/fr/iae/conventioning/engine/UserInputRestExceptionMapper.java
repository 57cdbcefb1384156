package fr.iae.conventioning.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Optional;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * The engine REST API answers 500 when a start listener refuses the start variables, because its start endpoint
 * takes every engine exception for a server failure. A refusal of user input is answered 400 here instead; every
 * other error keeps the engine's own answer. The message is the user's French sentence alone.
 */
@Priority(1)
public class UserInputRestExceptionMapper implements ExceptionMapper<RestException> {

  @Override
  public Response toResponse(RestException exception) {
    Status status = exception.getStatus() == null ? Status.INTERNAL_SERVER_ERROR : exception.getStatus();
    ExceptionDto body = ExceptionDto.fromException(exception);
    Optional<String> refusal = EngineErrors.userErrorMessage(exception);
    if (refusal.isPresent()) {
      body.setMessage(refusal.get());
      if (status == Status.INTERNAL_SERVER_ERROR) {
        status = Status.BAD_REQUEST;
      }
    }
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  @Component
  static class Registration implements ResourceConfigCustomizer {

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
      config.register(UserInputRestExceptionMapper.class);
    }
  }
}
