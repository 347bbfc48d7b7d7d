package ru.smolensk.registry.web.rest.problem;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that breaks its Bean Validation constraints: the same problem as a rule of the use case (HTTP 422,
 * code {@code validation}), with every invalid field in {@code errors}.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field)).toList();
        String detail = errors.isEmpty() ? "Ошибка в данных" : errors.get(0).message();
        Problem problem = Problem.of(422, "validation", "Ошибка в данных", detail).withErrors(errors);
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The last name of the property path: the JSON field of the request body. */
    private static String field(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name == null ? "body" : name;
    }
}
