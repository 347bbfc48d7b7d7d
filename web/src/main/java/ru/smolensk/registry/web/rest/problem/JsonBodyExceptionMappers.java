package ru.smolensk.registry.web.rest.problem;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import ru.smolensk.registry.web.health.DatabaseOutage;

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

    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");
    private static final Pattern TYPE = Pattern.compile("(?:into type:?|parsing) (?:class )?([\\w$]+(?:\\.[\\w$]+)*)");

    /**
     * The problem of a body that is not JSON of the expected shape: where the error names a field, the problem names
     * it and the type it needs ({@code errors}).
     */
    static Response malformedJson(Throwable error) {
        String field = null;
        String type = null;
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyFieldException named) {
                return malformedJson(named.field(), named.getMessage());
            }
            String message = String.valueOf(cause.getMessage());
            Matcher property = PROPERTY.matcher(message);
            if (field == null && property.find()) {
                field = property.group(1);
            }
            Matcher wanted = TYPE.matcher(message);
            if (wanted.find()) {
                type = wanted.group(1);
            }
        }
        return field == null
                ? Response.status(400).type(Problem.MEDIA_TYPE)
                        .entity(Problem.of(400, CODE, "Некорректный запрос", DETAIL)).build()
                : malformedJson(field, "Поле «" + field + "»: ожидается " + expected(type));
    }

    private static Response malformedJson(String field, String detail) {
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(Problem.of(400, CODE, "Некорректный запрос", detail)
                .withErrors(List.of(new Problem.FieldError(field, detail)))).build();
    }

    /** A Java type as the JSON value it is written as, in Russian. */
    static String expected(String javaType) {
        if (javaType == null) {
            return "значение другого типа";
        }
        String simple = javaType.substring(javaType.lastIndexOf('.') + 1);
        return switch (simple) {
            case "Long", "long", "Integer", "int", "Short", "short", "BigInteger" -> "целое число";
            case "Double", "double", "Float", "float", "BigDecimal" -> "число";
            case "String" -> "строка";
            case "Boolean", "boolean" -> "true или false";
            case "LocalDate" -> "дата ГГГГ-ММ-ДД";
            case "OffsetDateTime", "ZonedDateTime", "Instant" -> "дата и время ISO 8601 со смещением";
            case "List", "Set", "Collection" -> "массив";
            default -> "объект";
        };
    }

    /** A JSON-B error reading a request body. */
    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return malformedJson(e);
        }
    }

    /** A JSON-P parsing error reading a request body. */
    @Provider
    public static class MalformedJsonText implements ExceptionMapper<JsonException> {
        @Override
        public Response toResponse(JsonException e) {
            return malformedJson(e);
        }
    }

    /** A processing error: a malformed JSON body (400) or a fault of the server (500). */
    @Provider
    public static class Unprocessable implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof JsonbException || cause instanceof JsonException) {
                    return malformedJson(e);
                }
            }
            if (DatabaseOutage.isCause(e)) {
                return ServerFaultMapper.databaseUnavailable();
            }
            LOG.log(Level.WARNING, "Request processing failed", e);
            return Response.status(500).type(Problem.MEDIA_TYPE).entity(Problem.of(500, "internal-error",
                    "Внутренняя ошибка сервера", "Не удалось обработать запрос; повторите попытку позже")).build();
        }
    }
}
