package ru.smolensk.registry.web.rest.analytics;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.analytics.AnalyticsService;
import ru.smolensk.registry.web.rest.problem.Requests;

/** The agreements registry: documents signed at reported events. */
@Path("agreements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.OPERATOR_NAME, Role.EXCHANGE_NAME})
@Tag(name = "Аналитика", description = "Статистика мероприятий и реестр соглашений")
public class AgreementResource {

    @Inject
    AnalyticsService analytics;

    @GET
    @Operation(summary = "Реестр соглашений", description = "Соглашения, договоры, меморандумы и протоколы,"
            + " подписанные на мероприятиях из отчетов. Фильтры: период отчета (2025-Q4), страна (ISO-код),"
            + " организация (код). Оператор видит утвержденные отчеты всех организаций и все отчеты своей.")
    @APIResponse(responseCode = "200", description = "Соглашения, новые периоды первыми (не более 1000)")
    @APIResponse(responseCode = "400", description = "Неверный период")
    public List<AgreementView> agreements(@Parameter(description = "Период отчета") @QueryParam("period") String period,
            @Parameter(description = "Страна, ISO 3166-1 alpha-2 (BY)") @QueryParam("country") String country,
            @Parameter(description = "Код организации") @QueryParam("organization") String organization) {
        return analytics.agreements(period == null || period.isBlank() ? null : Requests.period("period", period),
                Requests.text(country), Requests.text(organization)).stream().map(AgreementView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Соглашение")
    @APIResponse(responseCode = "200", description = "Соглашение и мероприятие, на котором оно подписано")
    @APIResponse(responseCode = "404", description = "Нет такого соглашения или оно вам не видно")
    public AgreementView agreement(@PathParam("id") long id) {
        return AgreementView.of(analytics.agreement(id));
    }
}
