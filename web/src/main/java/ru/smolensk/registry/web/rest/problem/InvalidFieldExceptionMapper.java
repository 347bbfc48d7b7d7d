package ru.smolensk.registry.web.rest.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import ru.smolensk.registry.domain.model.shared.InvalidFieldException;
import ru.smolensk.registry.domain.model.shared.InvalidFieldsException;

/** Missing or invalid input fields as a problem (HTTP 422) with every field's error. */
@Provider
public class InvalidFieldExceptionMapper implements ExceptionMapper<InvalidFieldException> {

    @Override
    public Response toResponse(InvalidFieldException e) {
        Problem problem = Problem.of(422, e.code(), "Ошибка в данных", e.getMessage())
                .withErrors(e instanceof InvalidFieldsException several
                        ? several.errors().stream().map(f -> new Problem.FieldError(f.field(), f.message())).toList()
                        : List.of(new Problem.FieldError(e.field(), e.getMessage())));
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
