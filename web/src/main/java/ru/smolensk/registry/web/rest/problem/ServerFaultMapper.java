package ru.smolensk.registry.web.rest.problem;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import ru.smolensk.registry.web.health.DatabaseOutage;

/**
 * Failures no other mapper answers: the database out of reach is {@value #DATABASE_UNAVAILABLE} (503 with
 * {@code Retry-After}; nothing of the request was written, it may be sent again), anything else a fault of the server
 * (500). Both are logged; neither answer names a class or the database's message.
 */
@Provider
public class ServerFaultMapper implements ExceptionMapper<RuntimeException> {

    /** The code of a request refused because the database cannot be reached. */
    public static final String DATABASE_UNAVAILABLE = "database-unavailable";
    /** Seconds a client is asked to wait before trying again. */
    static final String RETRY_AFTER_SECONDS = "10";

    private static final Logger LOG = Logger.getLogger(ServerFaultMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException e) {
        if (DatabaseOutage.isCause(e)) {
            LOG.warning(() -> "Request refused, the database is not reachable: " + e);
            return databaseUnavailable();
        }
        LOG.log(Level.WARNING, "Request processing failed", e);
        return Response.status(500).type(Problem.MEDIA_TYPE).entity(Problem.of(500, "internal-error",
                "Внутренняя ошибка сервера", "Не удалось обработать запрос; повторите попытку позже")).build();
    }

    /** The answer while the database is out of reach. */
    static Response databaseUnavailable() {
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", RETRY_AFTER_SECONDS)
                .entity(Problem.of(503, DATABASE_UNAVAILABLE, "База данных недоступна", "База данных реестра временно"
                        + " недоступна, запрос не выполнен и ничего не записано. Повторите его через несколько минут"))
                .build();
    }
}
