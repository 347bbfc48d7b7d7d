package ru.smolensk.registry.web.rest.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import ru.smolensk.registry.domain.model.shared.InvalidFieldException;

/** A missing or invalid input field as a problem (HTTP 422) with the field error. */
@Provider
public class InvalidFieldExceptionMapper implements ExceptionMapper<InvalidFieldException> {

    @Override
    public Response toResponse(InvalidFieldException e) {
        Problem problem = Problem.of(422, e.code(), "Ошибка в данных", e.getMessage())
                .withErrors(List.of(new Problem.FieldError(e.field(), e.getMessage())));
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
