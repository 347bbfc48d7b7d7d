package ru.smolensk.registry.web.rest.analytics;

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

import ru.smolensk.registry.domain.application.ReferenceDataService;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.analytics.AnalyticsService;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.web.rest.problem.Requests;

/** Counts of events by country, organisation, sphere and month, and plan fulfilment per organisation. */
@Path("statistics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.OPERATOR_NAME, Role.EXCHANGE_NAME})
@Tag(name = "Аналитика", description = "Статистика мероприятий и реестр соглашений")
public class StatisticsResource {

    @Inject
    AnalyticsService analytics;

    @Inject
    ReferenceDataService reference;

    @GET
    @Operation(summary = "Статистика мероприятий", description = "Число мероприятий по странам, организациям,"
            + " сферам и месяцам за диапазон периодов from..to (например, 2025-Q1..2026-H2; to по умолчанию"
            + " равен from) и выполнение планов по организациям. По умолчанию учитываются только утвержденные"
            + " планы и отчеты; includeDrafts=true (только координатор и администратор) — все.")
    @APIResponse(responseCode = "200", description = "Статистика")
    @APIResponse(responseCode = "400", description = "Неверный период или вид документа")
    @APIResponse(responseCode = "403", description = "Неутвержденные данные доступны только координатору")
    public StatisticsView statistics(
            @Parameter(description = "Первый период диапазона: 2026-H1, 2025-Q4", required = true) @QueryParam("from") String from,
            @Parameter(description = "Последний период диапазона (по умолчанию from)") @QueryParam("to") String to,
            @Parameter(description = "Вид документов: PLAN или REPORT (по умолчанию оба)") @QueryParam("kind") String kind,
            @Parameter(description = "Учитывать неутвержденные планы и отчеты") @QueryParam("includeDrafts") boolean includeDrafts) {
        ReportingPeriod first = Requests.period("from", from);
        ReportingPeriod last = to == null || to.isBlank() ? first : Requests.period("to", to);
        return StatisticsView.of(
                analytics.statistics(first, last, Requests.enumOf("kind", kind, DocumentKind.class), includeDrafts),
                new Names(reference));
    }
}
