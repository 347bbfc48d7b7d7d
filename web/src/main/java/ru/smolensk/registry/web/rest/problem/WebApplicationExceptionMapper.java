package ru.smolensk.registry.web.rest.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors the JAX-RS runtime raises itself (no such resource, method not allowed, unsupported media type, a query
 * parameter that does not convert) as problem details with Russian texts, instead of an empty answer whose headers
 * name the runtime's classes and message codes. A query or form parameter that does not convert (e.g. {@code page=abc}
 * where a number is expected) is a bad request (400), not "not found" as the JAX-RS rules have it; a malformed path
 * segment (an id that is not a number) stays 404.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Map<Integer, String> TITLES = Map.of(400, "Некорректный запрос", 401, "Требуется вход", 403,
            "Доступ запрещен", 404, "Не найдено", 405, "Метод не поддерживается", 406,
            "Формат ответа не поддерживается",
            415, "Формат запроса не поддерживается");

    private static final Map<Integer, String> DETAILS = Map.of(400, "Запрос составлен неверно", 401,
            "Войдите в систему", 403, "Недостаточно прав для этой операции", 404, "Такого адреса или объекта нет", 405,
            "Этот метод HTTP не поддерживается по этому адресу", 406,
            "Сервер не может ответить в запрошенном формате (заголовок Accept)", 415,
            "Тело запроса в этом формате не принимается (заголовок Content-Type)");

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        if (original.getStatus() < 400) {
            return original;
        }
        String parameter = unconvertedParameter(e);
        if (parameter != null) {
            return Response.status(400).type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(400, "bad-request", TITLES.get(400), "Неверное значение параметра «" + parameter
                            + "»").withErrors(List.of(new Problem.FieldError(parameter, "Неверное значение"))))
                    .build();
        }
        int status = original.getStatus();
        Response.ResponseBuilder answer = Response.status(status).type(Problem.MEDIA_TYPE).entity(Problem.of(status,
                status >= 500 ? "internal-error" : "http-" + status,
                TITLES.getOrDefault(status, status >= 500 ? "Внутренняя ошибка сервера" : "Ошибка запроса"),
                DETAILS.getOrDefault(status, status >= 500
                        ? "Не удалось обработать запрос; повторите попытку позже"
                        : "Запрос не может быть выполнен")));
        for (String header : List.of("Allow", "Retry-After", "WWW-Authenticate")) {
            if (original.getHeaderString(header) != null) {
                answer.header(header, original.getHeaderString(header));
            }
        }
        return answer.build();
    }

    /**
     * The name of a query or form parameter whose value did not convert, or null. The runtime reports it as a
     * {@link NotFoundException} (query) or a bad request (form) caused by the conversion error, naming the parameter
     * as {@code QueryParam("page")} in its message.
     */
    static String unconvertedParameter(WebApplicationException e) {
        if (e.getCause() == null || !(e instanceof NotFoundException || e.getResponse().getStatus() == 400)) {
            return null;
        }
        String message = String.valueOf(e.getMessage());
        for (String kind : List.of("QueryParam(\"", "FormParam(\"")) {
            int start = message.indexOf(kind);
            if (start >= 0) {
                int end = message.indexOf('"', start + kind.length());
                return end > 0 ? message.substring(start + kind.length(), end) : null;
            }
        }
        return null;
    }
}
