package ru.smolensk.registry.web.rest.submission;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.submission.SubmissionService;
import ru.smolensk.registry.domain.model.event.EventQuery;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionQuery;
import ru.smolensk.registry.web.rest.http.IfMatch;
import ru.smolensk.registry.web.rest.problem.BadRequestException;
import ru.smolensk.registry.web.rest.problem.Requests;

/**
 * Plans and reports and their approval: an operator creates and submits a draft, the coordinator
 * approves it or returns it with a reason. Single submissions carry {@code ETag: "<version>"};
 * every transition needs it back in {@code If-Match}.
 */
@Path("submissions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.OPERATOR_NAME, Role.EXCHANGE_NAME})
@Tag(name = "Планы и отчеты", description = "Согласование планов и отчетов организаций: черновик, отправка на"
        + " рассмотрение, утверждение или возврат на доработку")
public class SubmissionResource {

    private static final String ETAG_DESCRIPTION = "Версия в кавычках, например \"3\"";
    private static final String IF_MATCH_DESCRIPTION = "Версия из заголовка ETag, например \"3\"";

    @Inject
    SubmissionService submissions;

    @GET
    @Operation(summary = "Список планов и отчетов", description = "Операторы видят только планы и отчеты своей"
            + " организации, координатор и администратор — все. Фильтры: период (2026-H1, 2025-Q4), вид (PLAN,"
            + " REPORT), уровень (MUNICIPAL, REGIONAL), код организации, статус (DRAFT, SUBMITTED, RETURNED,"
            + " APPROVED). Страницы как у списка мероприятий: page (с 0) и size (до 500); без size — весь список"
            + " одной страницей. Ответ: {items, total, page, size, next, prev}; адреса соседних страниц также в"
            + " заголовке Link.")
    @APIResponse(responseCode = "200", description = "Планы и отчеты: новые периоды первыми", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionListView.class)))
    @APIResponse(responseCode = "400", description = "Неверный фильтр, номер или размер страницы")
    @APIResponse(responseCode = "403", description = "Нет права просматривать планы и отчеты")
    public Response list(
            @Parameter(description = "Период: полугодие плана (2026-H1) или квартал отчета (2025-Q4)", example = "2026-H1") @QueryParam("period") String period,
            @Parameter(description = "Вид документа: PLAN — план, REPORT — отчет", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "PLAN", "REPORT"})) @QueryParam("kind") String kind,
            @Parameter(description = "Уровень: MUNICIPAL — муниципальный, REGIONAL — региональный", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "MUNICIPAL", "REGIONAL"})) @QueryParam("level") String level,
            @Parameter(description = "Код организации") @QueryParam("organization") String organization,
            @Parameter(description = "Статус: DRAFT — черновик, SUBMITTED — на рассмотрении, RETURNED — возвращен на доработку, APPROVED — утвержден", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "DRAFT", "SUBMITTED", "RETURNED", "APPROVED"})) @QueryParam("status") String status,
            @Parameter(description = "Номер страницы, с 0", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0")) @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "Размер страницы, 1–500; без него — весь список", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500")) @QueryParam("size") Integer size,
            @Context UriInfo uriInfo) {
        if (page < 0 || size != null && (size < 1 || size > EventQuery.MAX_PAGE_SIZE)) {
            throw new BadRequestException(page < 0 ? "page" : "size", "Страница должна быть ≥ 0, размер — от 1 до "
                    + EventQuery.MAX_PAGE_SIZE);
        }
        SubmissionQuery query = new SubmissionQuery(SubmissionParams.period(period), SubmissionParams.kind(kind),
                Requests.level(level), SubmissionParams.organization(organization), SubmissionParams.status(status));
        List<SubmissionView> all = submissions.list(query).stream().map(SubmissionView::of).toList();
        SubmissionListView view = SubmissionListView.page(all, page, size,
                other -> uriInfo.getRequestUriBuilder().replaceQueryParam("page", other).build().toString());
        Response.ResponseBuilder answer = Response.ok(view);
        if (view.next() != null) {
            answer.link(view.next(), "next");
        }
        if (view.prev() != null) {
            answer.link(view.prev(), "prev");
        }
        return answer.build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "План или отчет с мероприятиями", description = "Мероприятия в порядке документа, графы"
            + " дословно; заголовок ETag — версия")
    @APIResponse(responseCode = "200", description = "План или отчет", headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionDetailsView.class)))
    @APIResponse(responseCode = "403", description = "Нет права просматривать планы и отчеты")
    @APIResponse(responseCode = "404", description = "Нет такого плана или отчета либо он вам не виден")
    public Response get(@PathParam("id") long id) {
        SubmissionDetailsView view = SubmissionDetailsView.of(submissions.get(id));
        return Response.ok(view).tag(IfMatch.etag(view.version())).build();
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "История статусов", description = "Кто, когда и с каким комментарием менял статус")
    @APIResponse(responseCode = "200", description = "Переходы, начиная с создания черновика")
    @APIResponse(responseCode = "404", description = "Нет такого плана или отчета либо он вам не виден")
    public List<TransitionView> history(@PathParam("id") long id) {
        return submissions.history(id).stream().map(TransitionView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Создать черновик", description = "Тело: {organization, period, kind}. Оператор создает"
            + " план или отчет только своей организации (код можно не указывать), координатор — любой")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateSubmissionRequest.class)))
    @APIResponse(responseCode = "201", description = "Черновик создан; заголовки Location и ETag", headers = {
            @Header(name = HttpHeaders.LOCATION, description = "Адрес плана или отчета", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))}, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "400", description = "Тело запроса не является корректным JSON")
    @APIResponse(responseCode = "403", description = "Нет права создавать план или отчет этой организации")
    @APIResponse(responseCode = "409", description = "План или отчет за этот период уже есть")
    @APIResponse(responseCode = "422", description = "Не указан или неверен период, вид или организация")
    public Response create(CreateSubmissionRequest body, @Context UriInfo uriInfo) {
        CreateSubmissionRequest request = body == null ? new CreateSubmissionRequest() : body;
        Submission created = submissions.create(request.organization, SubmissionParams.periodField(request.period),
                SubmissionParams.kindField(request.kind));
        URI location = uriInfo.getBaseUriBuilder().path(SubmissionResource.class).path(String.valueOf(created.id()))
                .build();
        return Response.created(location).tag(IfMatch.etag(created.version())).entity(SubmissionView.of(created))
                .build();
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Отправить на рассмотрение", description = "Черновик или возвращенный на доработку план"
            + " (отчет) отправляется координатору. Нужен заголовок If-Match с версией")
    @APIResponse(responseCode = "200", description = "Отправлен; заголовок ETag — новая версия", headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "403", description = "Нет права отправлять планы и отчеты")
    @APIResponse(responseCode = "404", description = "Нет такого плана или отчета либо он вам не виден")
    @APIResponse(responseCode = "409", description = "В текущем статусе отправить нельзя")
    @APIResponse(responseCode = "412", description = "Версия устарела: план или отчет уже изменен")
    @APIResponse(responseCode = "428", description = "Не указан заголовок If-Match")
    public Response submit(@PathParam("id") long id,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return changed(submissions.submit(id, IfMatch.version(ifMatch)));
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Утвердить", description = "Только координатор; тело {comment} (комментарий можно не"
            + " указывать: {}). Нужен заголовок If-Match с версией")
    @APIResponse(responseCode = "200", description = "Утвержден; заголовок ETag — новая версия", headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "403", description = "Утверждать может только координатор")
    @APIResponse(responseCode = "404", description = "Нет такого плана или отчета")
    @APIResponse(responseCode = "409", description = "В текущем статусе утвердить нельзя")
    @APIResponse(responseCode = "412", description = "Версия устарела: план или отчет уже изменен")
    @APIResponse(responseCode = "428", description = "Не указан заголовок If-Match")
    public Response approve(@PathParam("id") long id,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            DecisionRequest body) {
        long version = IfMatch.version(ifMatch);
        return changed(submissions.approve(id, version, body == null ? null : body.comment));
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Вернуть на доработку", description = "Только координатор; тело {reason} — причина"
            + " обязательна. Нужен заголовок If-Match с версией")
    @APIResponse(responseCode = "200", description = "Возвращен; заголовок ETag — новая версия", headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "403", description = "Возвращать может только координатор")
    @APIResponse(responseCode = "404", description = "Нет такого плана или отчета")
    @APIResponse(responseCode = "409", description = "В текущем статусе вернуть нельзя")
    @APIResponse(responseCode = "412", description = "Версия устарела: план или отчет уже изменен")
    @APIResponse(responseCode = "422", description = "Не указана причина возврата (поле reason)")
    @APIResponse(responseCode = "428", description = "Не указан заголовок If-Match")
    public Response returnForCorrection(@PathParam("id") long id,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            DecisionRequest body) {
        long version = IfMatch.version(ifMatch);
        return changed(submissions.returnForCorrection(id, version, body == null ? null : body.reason));
    }

    @POST
    @Path("{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Открыть утвержденный документ для изменений", description = "Только координатор; тело"
            + " {reason} — причина обязательна. Документ переходит в статус RETURNED: организация исправляет его и"
            + " отправляет снова. После повторного утверждения записи снова отправляются партнерам. Нужен"
            + " заголовок If-Match с версией")
    @APIResponse(responseCode = "200", description = "Открыт для изменений; заголовок ETag — новая версия", headers = @Header(name = HttpHeaders.ETAG, description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "403", description = "Открывать может только координатор")
    @APIResponse(responseCode = "404", description = "Нет такого плана или отчета")
    @APIResponse(responseCode = "409", description = "Документ не утвержден")
    @APIResponse(responseCode = "412", description = "Версия устарела: план или отчет уже изменен")
    @APIResponse(responseCode = "422", description = "Не указана причина (поле reason)")
    @APIResponse(responseCode = "428", description = "Не указан заголовок If-Match")
    public Response reopen(@PathParam("id") long id,
            @Parameter(description = IF_MATCH_DESCRIPTION, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            DecisionRequest body) {
        long version = IfMatch.version(ifMatch);
        return changed(submissions.reopen(id, version, body == null ? null : body.reason));
    }

    private static Response changed(Submission submission) {
        return Response.ok(SubmissionView.of(submission)).tag(IfMatch.etag(submission.version())).build();
    }
}
