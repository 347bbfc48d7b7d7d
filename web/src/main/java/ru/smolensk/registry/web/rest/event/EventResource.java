package ru.smolensk.registry.web.rest.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.event.EventCommandService;
import ru.smolensk.registry.domain.application.event.EventQueryService;
import ru.smolensk.registry.domain.model.event.EventFormat;
import ru.smolensk.registry.domain.application.planning.PlanLinkService;
import ru.smolensk.registry.domain.application.planning.PlanSuggestion;
import ru.smolensk.registry.domain.model.event.EventQuery;
import ru.smolensk.registry.domain.model.event.EventSort;
import ru.smolensk.registry.domain.model.event.EventSummaryPage;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;
import ru.smolensk.registry.web.rest.problem.BadRequestException;
import ru.smolensk.registry.web.rest.problem.Requests;
import ru.smolensk.registry.web.rest.http.IfMatch;

/** Event entries of plans and reports, filtered and paged. */
@Path("events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.OPERATOR_NAME, Role.EXCHANGE_NAME})
@Tag(name = "Мероприятия", description = "Записи планов и отчетов")
public class EventResource {

    @Inject
    EventQueryService events;

    @Inject
    EventCommandService commands;

    @Inject
    PlanLinkService planLinks;

    @Inject
    EventPageCache pages;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Список мероприятий", description = "Фильтры: период (2026-H1, 2025-Q4), вид (PLAN, REPORT),"
            + " уровень, организация, сфера, страна (ISO), формат, статус, текст, даты from/to (ГГГГ-ММ-ДД);"
            + " страницы page (с 0) и size (до 500); порядок sort: official (как в официальных документах, по"
            + " умолчанию), date, name, organization, period, updated, с минусом — по убыванию (-date)."
            + " Ответ: {items, total}. Страницы хранятся до первого изменения данных; заголовок"
            + " Cache-Control: no-cache требует собрать страницу заново.")
    @APIResponse(responseCode = "200", description = "Страница мероприятий и их общее число", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventListView.class)))
    @APIResponse(responseCode = "400", description = "Неверный фильтр")
    public Response list(@QueryParam("period") String period, @QueryParam("kind") String kind,
            @QueryParam("level") String level, @QueryParam("organization") String organization,
            @QueryParam("sphere") String sphere, @QueryParam("country") String country,
            @QueryParam("format") String format, @QueryParam("status") String status, @QueryParam("q") String text,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size,
            @QueryParam("sort") String sort, @HeaderParam(HttpHeaders.CACHE_CONTROL) String cacheControl) {
        if (page < 0 || size < 1 || size > EventQuery.MAX_PAGE_SIZE) {
            throw new BadRequestException(page < 0 ? "page" : "size", "Страница должна быть ≥ 0, размер — от 1 до "
                    + EventQuery.MAX_PAGE_SIZE);
        }
        EventQuery query = new EventQuery(period == null || period.isBlank()
                ? null
                : parse("period", period,
                        ReportingPeriod::parse),
                enumOf("kind", kind, DocumentKind::valueOf), Requests.level(level),
                blankToNull(organization), blankToNull(sphere), blankToNull(country),
                enumOf("format", format, EventFormat::valueOf), enumOf("status", status, SubmissionStatus::valueOf),
                blankToNull(text), date("from", from), date("to", to), null, page, size,
                EventSort.parse(sort).orElseThrow(() -> new BadRequestException("sort", "Неизвестный порядок «"
                        + sort + "»: допустимы official, date, name, organization, period, updated (с минусом —"
                        + " по убыванию)")));
        boolean fresh = cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-cache");
        byte[] json = pages.page(events.visible(query), fresh, () -> {
            EventSummaryPage result = events.summaries(query);
            return EventListJson.of(new EventListView(result.items().stream().map(EventView::of).toList(),
                    result.total()));
        });
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Мероприятие")
    @APIResponse(responseCode = "200", description = "Мероприятие; заголовок ETag — версия записи")
    @APIResponse(responseCode = "404", description = "Нет такого мероприятия или оно вам не видно")
    public Response get(@PathParam("id") long id) {
        EventView view = EventView.of(events.get(id));
        return Response.ok(view).tag(IfMatch.etag(view.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Добавить мероприятие", description = "В черновик или возвращенный на доработку план или"
            + " отчет своей организации (координатор — любой организации)")
    @APIResponse(responseCode = "201", description = "Мероприятие добавлено; Location и ETag")
    @APIResponse(responseCode = "409", description = "План или отчет уже отправлен или утвержден")
    @APIResponse(responseCode = "422", description = "Не заполнено обязательное поле")
    public Response create(@Valid EventRequest request) {
        if (request == null || request.submissionId() == null) {
            throw new BadRequestException("submissionId", "Укажите план или отчет (submissionId), в который"
                    + " добавляется мероприятие");
        }
        EventView view = EventView.of(commands.create(request.submissionId(), request.input()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(view.id())).build())
                .tag(IfMatch.etag(view.version())).entity(view).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Изменить мероприятие", description = "Требует заголовок If-Match с версией из ETag")
    @APIResponse(responseCode = "200", description = "Мероприятие изменено; новый ETag")
    @APIResponse(responseCode = "412", description = "Мероприятие уже изменено другим пользователем")
    @APIResponse(responseCode = "428", description = "Нет заголовка If-Match")
    public Response update(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid EventRequest request) {
        long version = IfMatch.version(ifMatch);
        if (request == null) {
            throw new BadRequestException("body", "Пустое тело запроса: ожидаются поля мероприятия");
        }
        EventView view = EventView.of(commands.update(id, version, request.input()));
        return Response.ok(view).tag(IfMatch.etag(view.version())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Удалить мероприятие", description = "Требует заголовок If-Match с версией из ETag")
    @APIResponse(responseCode = "204", description = "Мероприятие удалено")
    @APIResponse(responseCode = "412", description = "Мероприятие уже изменено другим пользователем")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        commands.delete(id, IfMatch.version(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/plan-suggestions")
    @Operation(summary = "Какую запись плана выполняет запись отчета", description = "Записи плана той же"
            + " организации на полугодие, в которое входит квартал отчета, по убыванию сходства: название"
            + " (без номеров выпусков, годов и кавычек) и совпадение дат")
    @APIResponse(responseCode = "200", description = "До пяти предложений, лучшие первыми")
    @APIResponse(responseCode = "404", description = "Нет такого мероприятия или оно вам не видно")
    @APIResponse(responseCode = "422", description = "Это запись плана, а не отчета")
    public List<PlanSuggestionView> planSuggestions(@PathParam("id") long id) {
        return planLinks.suggestions(id).stream().map(PlanSuggestionView::of).toList();
    }

    @PUT
    @Path("{id}/plan-link")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Связать запись отчета с записью плана", description = "{\"planEntryId\": 123} связывает,"
            + " {\"planEntryId\": null} снимает связь. Требует If-Match с версией из ETag.")
    @APIResponse(responseCode = "200", description = "Связь сохранена; новый ETag")
    @APIResponse(responseCode = "412", description = "Мероприятие уже изменено другим пользователем")
    @APIResponse(responseCode = "422", description = "Запись не из плана этой организации на это полугодие")
    public Response linkToPlan(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            PlanLinkRequest request) {
        long version = IfMatch.version(ifMatch);
        EventView view = EventView.of(planLinks.link(id, request == null ? null : request.planEntryId(), version));
        return Response.ok(view).tag(IfMatch.etag(view.version())).build();
    }

    /** The plan entry a report entry fulfils; null to remove the link. */
    public record PlanLinkRequest(Long planEntryId) {
    }

    /** A proposed plan entry with its score. */
    public record PlanSuggestionView(long planEntryId, int ordinal, String name, String dates, double score,
            double nameSimilarity, boolean datesOverlap) {

        static PlanSuggestionView of(PlanSuggestion s) {
            return new PlanSuggestionView(s.planEntry().id(), s.planEntry().ordinal(), s.planEntry().columns().name(),
                    s.planEntry().columns().dates(), Math.round(s.score() * 100) / 100.0,
                    Math.round(s.nameSimilarity() * 100) / 100.0, s.datesOverlap());
        }
    }

    /** A page of events and the number of all matching events. */
    public record EventListView(List<EventView> items, long total) {
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalDate date(String field, String value) {
        return blankToNull(value) == null ? null : parse(field, value, LocalDate::parse);
    }

    private static <E> E enumOf(String field, String value, Function<String, E> valueOf) {
        return blankToNull(value) == null
                ? null
                : parse(field, value.strip().toUpperCase(Locale.ROOT), valueOf);
    }

    private static <T> T parse(String field, String value, Function<String, T> parser) {
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new BadRequestException(field, "Неверное значение параметра «" + field + "»: «" + value + "»");
        }
    }
}
