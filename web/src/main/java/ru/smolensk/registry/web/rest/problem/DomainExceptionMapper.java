package ru.smolensk.registry.web.rest.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import ru.smolensk.registry.domain.model.shared.DomainException;

/** Broken business rules as problem details; the HTTP status follows the exception's code. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    private static final Map<Integer, String> TITLES = Map.of(400, "Некорректный запрос", 403, "Доступ запрещен", 404,
            "Не найдено", 409, "Конфликт состояния", 422, "Ошибка в данных", 412, "Версия устарела", 428,
            "Требуется версия объекта", 501, "Не поддерживается");

    @Override
    public Response toResponse(DomainException e) {
        int status = ProblemCodes.status(e.code());
        Problem problem = Problem.of(status, e.code(), TITLES.get(status), e.getMessage());
        if (e instanceof BadRequestException bad && bad.field() != null) {
            problem = problem.withErrors(List.of(new Problem.FieldError(bad.field(), e.getMessage())));
        }
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
