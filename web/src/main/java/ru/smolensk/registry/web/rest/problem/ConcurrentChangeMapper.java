package ru.smolensk.registry.web.rest.problem;

import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import ru.smolensk.registry.web.health.DatabaseOutage;
import ru.smolensk.registry.web.health.OptimisticConflict;

/**
 * Two changes of the same object with the same version at the same moment: the one that commits
 * second fails in the database's optimistic check. It is answered like a stale If-Match (412); a transaction that
 * failed because the database went away is {@code database-unavailable} (503).
 */
@Provider
public class ConcurrentChangeMapper implements ExceptionMapper<TransactionalException> {

    @Override
    public Response toResponse(TransactionalException e) {
        if (OptimisticConflict.isCause(e)) {
            return Response.status(412).type(Problem.MEDIA_TYPE).entity(Problem.of(412, "stale-version",
                    "Версия устарела", "Объект одновременно изменен другим пользователем; обновите данные и"
                            + " повторите"))
                    .build();
        }
        if (DatabaseOutage.isCause(e)) {
            return ServerFaultMapper.databaseUnavailable();
        }
        return Response.serverError().type(Problem.MEDIA_TYPE).entity(Problem.of(500, "internal-error",
                "Внутренняя ошибка", "Операция не выполнена, изменения не сохранены. Повторите попытку позже"))
                .build();
    }
}
