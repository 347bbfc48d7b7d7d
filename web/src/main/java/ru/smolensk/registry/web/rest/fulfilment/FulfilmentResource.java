package ru.smolensk.registry.web.rest.fulfilment;

import static ru.smolensk.registry.web.rest.OfficeMediaTypes.XLSX;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.fulfilment.Fulfilment;
import ru.smolensk.registry.domain.application.fulfilment.FulfilmentService;
import ru.smolensk.registry.domain.model.fulfilment.Outcome;
import ru.smolensk.registry.domain.model.fulfilment.PlanOutcome;
import ru.smolensk.registry.integration.office.write.FulfilmentWorkbookWriter;
import ru.smolensk.registry.web.rest.problem.Problem;
import ru.smolensk.registry.web.rest.problem.BadRequestException;
import ru.smolensk.registry.web.rest.problem.Requests;

/** Plan fulfilment per organisation and half-year, its Excel sheet and the outcomes of plan entries. */
@Path("fulfilment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.OPERATOR_NAME})
@Tag(name = "Выполнение планов", description = "План и факт: проведено по плану, с изменениями, не проведено,"
        + " проведено вне плана")
public class FulfilmentResource {

    @Inject
    FulfilmentService fulfilment;

    /**
     * The outcome of a plan entry: {@code HELD}, {@code HELD_WITH_CHANGES} or {@code NOT_HELD}, the text, and
     * (optional) the report entry to link first when none is linked to the plan entry yet.
     */
    public record OutcomeRequest(String outcome, String comment, Long reportEntryId) {
    }

    /** A recorded outcome. */
    public record OutcomeView(long planEntryId, String outcome, String outcomeLabel, String comment,
            String recordedBy, String recordedAt) {

        static OutcomeView of(PlanOutcome o) {
            return new OutcomeView(o.planEntry().id(), o.outcome().name(), o.outcome().label(), o.comment(),
                    o.recordedBy(), o.recordedAt().toString());
        }
    }

    @GET
    @Operation(summary = "Выполнение планов за полугодие", description = "По каждой организации: запланировано,"
            + " проведено по плану, с изменениями, не проведено (с причинами), нет сведений, проведено вне плана, со"
            + " списками. По умолчанию — только утвержденные планы и отчеты; includeDrafts=true — координатору и"
            + " оператору по своей организации.")
    @APIResponse(responseCode = "200", description = "Выполнение планов")
    @APIResponse(responseCode = "400", description = "Неверный период")
    @APIResponse(responseCode = "403", description = "Неутвержденные данные другой организации")
    @APIResponse(responseCode = "422", description = "Период — не полугодие")
    public FulfilmentView get(
            @Parameter(description = "Полугодие, например 2026-H1") @QueryParam("period") String period,
            @Parameter(description = "Код организации") @QueryParam("organization") String organization,
            @QueryParam("includeDrafts") boolean includeDrafts) {
        return FulfilmentView.of(load(period, organization, includeDrafts));
    }

    @GET
    @Path("{period}.xlsx")
    @Produces(XLSX)
    @Operation(summary = "Выполнение планов за полугодие (Excel)", description = "Листы «Выполнение плана»,"
            + " «Мероприятия плана», «Вне плана»")
    @APIResponse(responseCode = "200", description = "Книга Excel", content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response workbook(@PathParam("period") String period, @QueryParam("organization") String organization,
            @QueryParam("includeDrafts") boolean includeDrafts) {
        Fulfilment data = load(period, organization, includeDrafts);
        StreamingOutput body = out -> {
            try {
                new FulfilmentWorkbookWriter().write(data, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"fulfilment-"
                + data.period().code() + (organization == null ? "" : "-" + organization.strip()) + ".xlsx\"").build();
    }

    @PUT
    @Path("plan-entries/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Отметить итог мероприятия плана", description = "Оператор своей организации (до срока"
            + " сдачи отчета за последний квартал полугодия) или координатор. Тело {outcome, comment}: HELD и"
            + " HELD_WITH_CHANGES (comment — что изменилось) — при связанной записи отчета (или с reportEntryId —"
            + " записью отчета, которая будет связана с планом тем же действием); NOT_HELD (comment — причина) —"
            + " без нее. Только для утвержденного плана.")
    @APIResponse(responseCode = "200", description = "Итог записан")
    @APIResponse(responseCode = "403", description = "Нет права отмечать итог")
    @APIResponse(responseCode = "404", description = "Нет такой записи или она вам не видна")
    @APIResponse(responseCode = "409", description = "План не утвержден или срок истек")
    @APIResponse(responseCode = "422", description = "Неверный итог, нет причины или нет связи с отчетом")
    public OutcomeView record(@PathParam("id") long id, OutcomeRequest body) {
        if (body == null) {
            throw new BadRequestException("body", "Пустое тело запроса: ожидаются outcome и comment");
        }
        Outcome outcome = Requests.enumOf("outcome", body.outcome(), Outcome.class);
        return OutcomeView.of(body.reportEntryId() == null
                ? fulfilment.record(id, outcome, body.comment())
                : fulfilment.record(id, outcome, body.comment(), body.reportEntryId()));
    }

    @DELETE
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("plan-entries/{id}")
    @Operation(summary = "Снять отмеченный итог", description = "Итог снова определяется по связям с отчетом")
    @APIResponse(responseCode = "204", description = "Снят")
    @APIResponse(responseCode = "404", description = "Нет такой записи или она вам не видна")
    public Response clear(@PathParam("id") long id) {
        fulfilment.clear(id);
        return Response.noContent().build();
    }

    private Fulfilment load(String period, String organization, boolean includeDrafts) {
        return fulfilment.fulfilment(Requests.period("period", period), Requests.text(organization), includeDrafts);
    }
}
