package ru.smolensk.registry.web.rest.series;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.series.Proposal;
import ru.smolensk.registry.domain.application.series.SeriesHistory;
import ru.smolensk.registry.domain.application.series.SeriesService;
import ru.smolensk.registry.domain.application.series.SeriesSummary;
import ru.smolensk.registry.domain.model.event.EventSeries;
import ru.smolensk.registry.web.rest.problem.Problem;
import ru.smolensk.registry.web.rest.problem.BadRequestException;
import ru.smolensk.registry.web.rest.http.IfMatch;

/**
 * Event series: recurring events across years. Reading is open to staff; proposals and edits are the
 * coordinator's. A series carries {@code ETag: "<version>"}; rename, merge and split need it in {@code If-Match}.
 */
@Path("series")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.OPERATOR_NAME})
@Tag(name = "Серии мероприятий", description = "Повторяющиеся мероприятия по годам: фестивали, конкурсы с номерами")
public class SeriesResource {

    @Context
    UriInfo uriInfo;

    @Inject
    SeriesService series;

    /** A new name. */
    public record RenameRequest(String name) {
    }

    /** The series to merge into this one. */
    public record MergeRequest(List<Long> series) {
    }

    /** The entries to move into a new series and its name. */
    public record SplitRequest(List<Long> entryIds, String name) {
    }

    @GET
    @Operation(summary = "Серии мероприятий", description = "С числом записей, первым и последним годом,"
            + " организациями; q — часть названия")
    @APIResponse(responseCode = "200", description = "Серии")
    public List<SeriesSummary> list(@QueryParam("q") String q) {
        return series.list(q);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "История мероприятия", description = "Записи серии по периодам: даты, организация,"
            + " статус, номер (выпуск); оператору — утвержденные и своей организации")
    @APIResponse(responseCode = "200", description = "История; заголовок ETag — версия серии", headers = @Header(name = HttpHeaders.ETAG, description = "Версия серии в кавычках, например \"3\"", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeriesHistory.class)))
    @APIResponse(responseCode = "404", description = "Нет такой серии")
    public Response history(@PathParam("id") long id) {
        SeriesHistory history = series.history(id);
        return Response.ok(history).tag(IfMatch.etag(history.version())).build();
    }

    @POST
    @Path("propose")
    @Operation(summary = "Предложить серии", description = "Только координатор. Записи без серии группируются по"
            + " названию без номеров выпусков, годов и кавычек: запись присоединяется к серии с тем же ключом, записи"
            + " разных лет с одинаковым ключом образуют новую серию. Так же выполняется при каждом утверждении.")
    @APIResponse(responseCode = "200", description = "Создано серий и добавлено записей")
    @APIResponse(responseCode = "403", description = "Только координатор")
    public Proposal propose() {
        return series.propose();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Переименовать серию", description = "Только координатор; тело {name}; If-Match")
    @APIResponse(responseCode = "200", description = "Серия", headers = @Header(name = HttpHeaders.ETAG, description = "Версия серии в кавычках, например \"3\"", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeriesHistory.class)))
    @APIResponse(responseCode = "412", description = "Версия устарела")
    @APIResponse(responseCode = "428", description = "Не указан If-Match")
    public Response rename(@PathParam("id") long id,
            @Parameter(description = "Версия из заголовка ETag, например \"3\"", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            RenameRequest body) {
        long version = IfMatch.version(ifMatch);
        return changed(series.rename(id, version, body == null ? null : body.name()));
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Объединить серии", description = "Только координатор; тело {series: [id, …]} — серии,"
            + " записи и ключи которых переходят в эту; они удаляются. If-Match")
    @APIResponse(responseCode = "200", description = "Объединенная серия", headers = @Header(name = HttpHeaders.ETAG, description = "Версия серии в кавычках, например \"3\"", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeriesHistory.class)))
    @APIResponse(responseCode = "422", description = "Нет таких серий")
    public Response merge(@PathParam("id") long id,
            @Parameter(description = "Версия из заголовка ETag, например \"3\"", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            MergeRequest body) {
        long version = IfMatch.version(ifMatch);
        return changed(series.merge(id, version, body == null ? null : body.series()));
    }

    @POST
    @Path("{id}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Разделить серию", description = "Только координатор; тело {entryIds: [...], name} —"
            + " записи переходят в новую серию. If-Match")
    @APIResponse(responseCode = "201", description = "Новая серия; заголовки Location и ETag", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeriesHistory.class)))
    @APIResponse(responseCode = "422", description = "Записи не из этой серии или нет названия")
    public Response split(@PathParam("id") long id,
            @Parameter(description = "Версия из заголовка ETag, например \"3\"", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            SplitRequest body) {
        if (body == null) {
            throw new BadRequestException("body", "Пустое тело запроса: ожидаются entryIds и name");
        }
        long version = IfMatch.version(ifMatch);
        EventSeries created = series.split(id, version, body.entryIds(), body.name());
        return Response.created(uriInfo.getBaseUriBuilder().path(SeriesResource.class)
                .path(String.valueOf(created.id())).build()).entity(series.history(created.id()))
                .tag(IfMatch.etag(created.version())).build();
    }

    @PUT
    @Path("{id}/entries/{entryId}")
    @Operation(summary = "Включить запись в серию", description = "Только координатор; запись переходит из другой"
            + " серии, если была в ней, и больше не перемещается автоматически")
    @APIResponse(responseCode = "200", description = "История серии", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeriesHistory.class)))
    @APIResponse(responseCode = "404", description = "Нет такой серии или записи")
    public Response attach(@PathParam("id") long id, @PathParam("entryId") long entryId) {
        series.attach(id, entryId);
        return Response.ok(series.history(id)).build();
    }

    @DELETE
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("{id}/entries/{entryId}")
    @Operation(summary = "Исключить запись из серии", description = "Только координатор; запись больше не"
            + " включается в серии автоматически")
    @APIResponse(responseCode = "204", description = "Исключена")
    @APIResponse(responseCode = "404", description = "Запись не входит в серию")
    public Response detach(@PathParam("id") long id, @PathParam("entryId") long entryId) {
        series.detach(id, entryId);
        return Response.noContent().build();
    }

    private Response changed(EventSeries s) {
        SeriesHistory history = series.history(s.id());
        return Response.ok(history).tag(IfMatch.etag(history.version())).build();
    }
}
