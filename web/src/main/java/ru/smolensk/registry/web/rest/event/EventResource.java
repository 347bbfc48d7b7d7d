package ru.smolensk.registry.web.rest.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
import ru.smolensk.registry.domain.model.event.TextHighlighter;
import ru.smolensk.registry.domain.model.event.EventSummaryPage;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;
import ru.smolensk.registry.web.rest.problem.Problem;
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

    static final String PERIOD = "Период: полугодие плана (2026-H1) или квартал отчета (2025-Q4)";
    static final String PERIOD_PATTERN = "^\\d{4}-([Hh][12]|[Qq][1-4])$";
    static final String KIND = "Вид документа: PLAN — план, REPORT — отчет (регистр букв не важен)";
    static final String LEVEL = "Уровень: MUNICIPAL — муниципальный, REGIONAL — региональный (регистр букв не важен)";
    static final String STATUS = "Статус: DRAFT — черновик, SUBMITTED — на рассмотрении, RETURNED — возвращен на"
            + " доработку, APPROVED — утвержден";
    static final String ETAG = "Версия записи в кавычках, например \"3\"";
    static final String IF_MATCH = "Версия из заголовка ETag, например \"3\"";

    @Inject
    EventQueryService events;

    @Inject
    EventCommandService commands;

    @Inject
    PlanLinkService planLinks;

    @Inject
    EventPageCache pages;

    @Inject
    TextHighlighter highlighter;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Список мероприятий", description = "Фильтры по периоду, виду, уровню, организации, сфере,"
            + " стране, формату, статусу, тексту и датам; страницы page (с 0) и size (до 500); порядок sort."
            + " Текст q ищется по словоформам (фестиваль — фестивале, фестиваля): все слова, \"фраза в кавычках\";"
            + " порядок relevance — сначала лучше всего подходящие; highlights — найденные слова по id и колонкам."
            + " Ответ: {items, total, totalExact, page, size, next, prev}; total точен до 10 000 мероприятий"
            + " (или до конца страницы, если она дальше), сверх — totalExact = false и total — нижняя граница;"
            + " next и prev — адреса соседних страниц (или null),"
            + " они же в заголовке Link. Страницы хранятся до первого изменения данных; заголовок"
            + " Cache-Control: no-cache требует собрать страницу заново.")
    @APIResponse(responseCode = "200", description = "Страница мероприятий и их общее число", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventListView.class)))
    @APIResponse(responseCode = "400", description = "Неверный фильтр, номер или размер страницы")
    public Response list(
            @Parameter(description = PERIOD, example = "2026-H1", schema = @Schema(type = SchemaType.STRING, pattern = PERIOD_PATTERN)) @QueryParam("period") String period,
            @Parameter(description = KIND, schema = @Schema(type = SchemaType.STRING, enumeration = {"PLAN",
                    "REPORT"})) @QueryParam("kind") String kind,
            @Parameter(description = LEVEL, schema = @Schema(type = SchemaType.STRING, enumeration = {"MUNICIPAL",
                    "REGIONAL"})) @QueryParam("level") String level,
            @Parameter(description = "Код организации", example = "smolensk") @QueryParam("organization") String organization,
            @Parameter(description = "Код сферы (региональные документы)") @QueryParam("sphere") String sphere,
            @Parameter(description = "Страна-участница, ISO 3166-1 alpha-2", example = "BY") @QueryParam("country") String country,
            @Parameter(description = "Формат: IN_PERSON — очно, REMOTE — дистанционно, HYBRID — смешанный,"
                    + " UNKNOWN — не указан", schema = @Schema(type = SchemaType.STRING, enumeration = {"IN_PERSON",
                            "REMOTE", "HYBRID",
                            "UNKNOWN"})) @QueryParam("format") String format,
            @Parameter(description = STATUS, schema = @Schema(type = SchemaType.STRING, enumeration = {"DRAFT",
                    "SUBMITTED", "RETURNED",
                    "APPROVED"})) @QueryParam("status") String status,
            @Parameter(description = "Слова в наименовании, месте, участниках, описании или итогах, в любой форме;"
                    + " все слова должны встретиться; \"фраза в кавычках\" — слова подряд") @QueryParam("q") String text,
            @Parameter(description = "Мероприятия, идущие в этот день или позже (ГГГГ-ММ-ДД)", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Мероприятия, начавшиеся в этот день или раньше (ГГГГ-ММ-ДД)", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "Номер страницы, с 0", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0")) @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Размер страницы, 1–500", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500", defaultValue = "50")) @QueryParam("size") @DefaultValue("50") int size,
            @Parameter(description = "Порядок: official — как в официальных документах (по умолчанию), date, name,"
                    + " organization, period, updated, relevance (сначала лучше всего подходящие под текст q); с минусом — по"
                    + " убыванию (-date)", schema = @Schema(type = SchemaType.STRING, enumeration = {"official", "date",
                            "name", "organization", "period", "updated", "relevance", "-official", "-date", "-name",
                            "-organization", "-period", "-updated", "-relevance"})) @QueryParam("sort") String sort,
            @Parameter(description = "no-cache — собрать страницу заново") @HeaderParam(HttpHeaders.CACHE_CONTROL) String cacheControl) {
        if (page < 0 || size < 1 || size > EventQuery.MAX_PAGE_SIZE) {
            throw new BadRequestException(page < 0 ? "page" : "size", "Страница должна быть ≥ 0, размер — от 1 до "
                    + EventQuery.MAX_PAGE_SIZE);
        }
        EventQuery query = new EventQuery(period == null || period.isBlank()
                ? null
                : Requests.period("period", period),
                enumOf("kind", kind, DocumentKind::valueOf), Requests.level(level),
                blankToNull(organization), blankToNull(sphere), blankToNull(country),
                enumOf("format", format, EventFormat::valueOf), enumOf("status", status, SubmissionStatus::valueOf),
                blankToNull(text), date("from", from), date("to", to), null, page, size,
                EventSort.parse(sort).orElseThrow(() -> new BadRequestException("sort", "Неизвестный порядок «"
                        + sort
                        + "»: допустимы official, date, name, organization, period, updated, relevance (с минусом —"
                        + " по убыванию)")));
        boolean fresh = cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-cache");
        byte[] json = pages.page(events.visible(query), fresh, () -> {
            EventSummaryPage result = events.summaries(query);
            return EventListJson.of(SearchHighlights.of(highlighter, query.text(), result.items()),
                    result.items().stream().map(EventView::of).toList(), result.total(), result.totalExact());
        });
        long all = EventListJson.total(json);
        // an inexact total counted up to the end of this page at least: more entries follow
        String next = (long) (page + 1) * size < all || !EventListJson.totalExact(json) ? pageUri(page + 1) : null;
        String prev = page > 0 ? pageUri(page - 1) : null;
        Response.ResponseBuilder answer = Response.ok(EventListJson.paged(json, page, size, next, prev),
                MediaType.APPLICATION_JSON_TYPE);
        if (next != null) {
            answer.link(next, "next");
        }
        if (prev != null) {
            answer.link(prev, "prev");
        }
        return answer.build();
    }

    private String pageUri(int page) {
        return uriInfo.getRequestUriBuilder().replaceQueryParam("page", page).build().toString();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Мероприятие")
    @APIResponse(responseCode = "200", description = "Мероприятие; заголовок ETag — версия записи", headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "404", description = "Нет такого мероприятия или оно вам не видно")
    public Response get(@PathParam("id") long id) {
        EventView view = EventView.of(events.get(id));
        return Response.ok(view).tag(IfMatch.etag(view.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Добавить мероприятие", description = "В черновик или возвращенный на доработку план или"
            + " отчет своей организации (координатор — любой организации)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "201", description = "Мероприятие добавлено; Location и ETag", headers = {
            @Header(name = HttpHeaders.LOCATION, description = "Адрес мероприятия", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING))}, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "400", description = "Тело не JSON мероприятия или не указан submissionId")
    @APIResponse(responseCode = "404", description = "Нет такого плана или отчета либо он вам не виден")
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
    @Operation(summary = "Изменить мероприятие", description = "Тело — мероприятие, как его отдает GET (поля только"
            + " для чтения не учитываются). Требует заголовок If-Match с версией из ETag")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "200", description = "Мероприятие изменено; новый ETag", headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "400", description = "Тело не JSON мероприятия")
    @APIResponse(responseCode = "403", description = "Изменять могут операторы своей организации и координатор")
    @APIResponse(responseCode = "404", description = "Нет такого мероприятия или оно вам не видно")
    @APIResponse(responseCode = "409", description = "План или отчет уже отправлен или утвержден")
    @APIResponse(responseCode = "422", description = "Не заполнено обязательное поле")
    @APIResponse(responseCode = "412", description = "Мероприятие уже изменено другим пользователем")
    @APIResponse(responseCode = "428", description = "Нет заголовка If-Match")
    public Response update(@PathParam("id") long id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid EventRequest request) {
        long version = IfMatch.version(ifMatch);
        if (request == null) {
            throw new BadRequestException("body", "Пустое тело запроса: ожидаются поля мероприятия");
        }
        EventView view = EventView.of(commands.update(id, version, request.input()));
        return Response.ok(view).tag(IfMatch.etag(view.version())).build();
    }

    @DELETE
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("{id}")
    @Operation(summary = "Удалить мероприятие", description = "Требует заголовок If-Match с версией из ETag")
    @APIResponse(responseCode = "204", description = "Мероприятие удалено")
    @APIResponse(responseCode = "404", description = "Нет такого мероприятия или оно вам не видно")
    @APIResponse(responseCode = "409", description = "План или отчет уже отправлен или утвержден")
    @APIResponse(responseCode = "412", description = "Мероприятие уже изменено другим пользователем")
    @APIResponse(responseCode = "428", description = "Нет заголовка If-Match")
    public Response delete(@PathParam("id") long id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
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
    @APIResponse(responseCode = "200", description = "Связь сохранена; новый ETag", headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "404", description = "Нет такого мероприятия или оно вам не видно")
    @APIResponse(responseCode = "428", description = "Нет заголовка If-Match")
    @APIResponse(responseCode = "412", description = "Мероприятие уже изменено другим пользователем")
    @APIResponse(responseCode = "422", description = "Запись не из плана этой организации на это полугодие")
    public Response linkToPlan(@PathParam("id") long id,
            @Parameter(description = IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
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

    /** A page of events, the number of all matching events and the addresses of the next and previous pages. */
    @Schema(description = "Страница мероприятий", requiredProperties = {"items", "total", "totalExact", "page",
            "size"})
    public record EventListView(@Schema(description = "Мероприятия страницы") List<EventView> items,
            @Schema(description = "Число всех мероприятий, подходящих под фильтр; при totalExact = false — нижняя"
                    + " граница: их больше", example = "43") long total,
            @Schema(description = "Точно ли число total: мероприятия считаются до 10 000 (или до конца страницы, если"
                    + " она дальше), сверх — false", example = "true") boolean totalExact,
            @Schema(description = "Номер страницы, с 0", example = "0") int page,
            @Schema(description = "Размер страницы", example = "50") int size,
            @Schema(description = "Адрес следующей страницы или null", format = "uri") String next,
            @Schema(description = "Адрес предыдущей страницы или null", format = "uri") String prev,
            @Schema(description = "С текстом q: найденные слова по id мероприятия и колонке (name, place, participants,"
                    + " description, outcome) — диапазоны [начало, конец) символов; без текста — null") Map<String, Map<String, List<List<Integer>>>> highlights) {
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
