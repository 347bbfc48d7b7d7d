package ru.smolensk.registry.web.rest.problem;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Request bodies that are not valid JSON or do not fit the expected object, as problem details
 * (HTTP 400). Liberty reports them as JSON-B errors, other JAX-RS runtimes wrap them in a
 * processing error.
 */
public final class JsonBodyExceptionMappers {

    static final String CODE = "malformed-json";
    static final String DETAIL = "Тело запроса не является корректным JSON нужного вида: проверьте кавычки,"
            + " запятые, скобки и типы значений";

    private static final Logger LOG = Logger.getLogger(JsonBodyExceptionMappers.class.getName());

    private JsonBodyExceptionMappers() {
    }

    static Response malformedJson() {
        return Response.status(400).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(400, CODE, "Некорректный запрос", DETAIL)).build();
    }

    /** A JSON-B error reading a request body. */
    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return malformedJson();
        }
    }

    /** A JSON-P parsing error reading a request body. */
    @Provider
    public static class MalformedJsonText implements ExceptionMapper<JsonException> {
        @Override
        public Response toResponse(JsonException e) {
            return malformedJson();
        }
    }

    /** A processing error: a malformed JSON body (400) or a fault of the server (500). */
    @Provider
    public static class Unprocessable implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof JsonbException || cause instanceof JsonException) {
                    return malformedJson();
                }
            }
            LOG.log(Level.WARNING, "Request processing failed", e);
            return Response.status(500).type(Problem.MEDIA_TYPE).entity(Problem.of(500, "internal-error",
                    "Внутренняя ошибка сервера", "Не удалось обработать запрос; повторите попытку позже")).build();
        }
    }
}
