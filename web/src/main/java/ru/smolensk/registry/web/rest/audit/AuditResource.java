package ru.smolensk.registry.web.rest.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.audit.AuditExcerpt;
import ru.smolensk.registry.domain.application.audit.AuditQueryService;

/** The audit log: every change with who, when, what, before and after. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.OPERATOR_NAME, Role.EXCHANGE_NAME})
@Tag(name = "Журнал изменений", description = "Кто, когда и что изменил; для администратора и координатора")
public class AuditResource {

    @Inject
    AuditQueryService audit;

    @GET
    @Operation(summary = "Записи журнала изменений", description = "Новые записи первыми. Фильтры: вид объекта"
            + " (entity, например Submission), его идентификатор (entityId), пользователь (user), период from/to"
            + " (дата ГГГГ-ММ-ДД включительно или время ISO 8601 со смещением), limit — до 1000 записей (по"
            + " умолчанию 100). Ответ: {items, limit, more}; more — есть ли еще более старые записи.")
    @APIResponse(responseCode = "200", description = "Записи журнала")
    @APIResponse(responseCode = "400", description = "Неверный фильтр")
    @APIResponse(responseCode = "403", description = "Журнал доступен только администратору и координатору")
    public AuditListView search(
            @Parameter(description = "Вид объекта, например Submission") @QueryParam("entity") String entity,
            @Parameter(description = "Идентификатор объекта") @QueryParam("entityId") String entityId,
            @Parameter(description = "Имя пользователя") @QueryParam("user") String user,
            @Parameter(description = "С даты или момента (включительно)") @QueryParam("from") String from,
            @Parameter(description = "По дату включительно или до момента") @QueryParam("to") String to,
            @Parameter(description = "Наибольшее число записей, 1–1000") @QueryParam("limit") String limit) {
        int max = AuditParams.limit(limit);
        AuditExcerpt excerpt = audit.search(AuditParams.text(entity), AuditParams.text(entityId),
                AuditParams.text(user), AuditParams.from(from), AuditParams.to(to), max);
        return new AuditListView(excerpt.records().stream().map(AuditRecordView::of).toList(), max, excerpt.more());
    }
}
