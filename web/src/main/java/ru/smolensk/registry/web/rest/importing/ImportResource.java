package ru.smolensk.registry.web.rest.importing;

import static ru.smolensk.registry.web.rest.OfficeMediaTypes.DOC;
import static ru.smolensk.registry.web.rest.OfficeMediaTypes.DOCX;
import static ru.smolensk.registry.web.rest.OfficeMediaTypes.ODT;
import static ru.smolensk.registry.web.rest.OfficeMediaTypes.XLS;
import static ru.smolensk.registry.web.rest.OfficeMediaTypes.XLSX;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.importing.DocumentImportService;
import ru.smolensk.registry.domain.application.importing.ImportOptions;
import ru.smolensk.registry.domain.application.importing.ImportReport;
import ru.smolensk.registry.domain.application.importing.ImportedDocument;
import ru.smolensk.registry.domain.model.period.InvalidPeriodException;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.web.upload.UploadReader;
import ru.smolensk.registry.web.rest.problem.BadRequestException;

/**
 * Upload of an official plan or report (.docx, .doc, .odt, .xlsx or .xls, recognised by content) as the raw body or
 * as multipart form data. {@code dryRun=true} only reports what would happen; {@code organization} and
 * {@code period} are what the person chose for a document whose title does not tell them, {@code confirmReplace}
 * confirms replacing records that came from a partner system.
 */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COORDINATOR_NAME, Role.OPERATOR_NAME})
@Tag(name = "Загрузка документов", description = "Импорт планов и отчетов из файлов Word и Excel")
public class ImportResource {

    /** The form field of the multipart upload that carries the document. */
    private static final String FILE_PART = "file";

    @Context
    UriInfo uriInfo;

    @Inject
    DocumentImportService imports;

    @Inject
    UploadReader uploads;

    @POST
    @Consumes({DOCX, DOC, ODT, XLSX, XLS, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Загрузить план или отчет", description = "Тело запроса — файл .docx, .doc, .odt, .xlsx "
            + "или .xls (формат определяется по содержимому)."
            + " Документ одной организации относится к организации, названной в заголовке (или выбранной:"
            + " параметр organization), период — из заголовка (или выбранный: параметр period)."
            + " Координатор загружает любые разделы, оператор — только разделы своей организации."
            + " Повторная загрузка того же файла ничего не меняет; исправленная версия обновляет записи.")
    @APIResponse(responseCode = "200", description = "Пробная загрузка: что будет загружено", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReportView.class)))
    @APIResponse(responseCode = "201", description = "Документ загружен; Location — план или отчет, если он один", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReportView.class)))
    @APIResponse(responseCode = "413", description = "Файл больше допустимого размера")
    @APIResponse(responseCode = "415", description = "Не документ Word или Excel")
    @APIResponse(responseCode = "422", description = "Документ не распознан или содержит ошибки")
    @RequestBody(required = true, content = {
            @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response upload(InputStream body,
            @Parameter(description = "true — только проверить, ничего не записывая") @QueryParam("dryRun") boolean dryRun,
            @Parameter(description = "Имя файла (для отчета и журнала)") @HeaderParam("X-File-Name") String fileName,
            @Parameter(description = "код организации, если заголовок не называет ее") @QueryParam("organization") String organization,
            @Parameter(description = "период (2026-H1, 2025-Q2), если заголовок не называет его") @QueryParam("period") String period,
            @Parameter(description = "true — заменить записи, полученные из других систем") @QueryParam("confirmReplace") boolean confirmReplace,
            @Parameter(description = "keep — сохранить записи, измененные на экране после последней загрузки;"
                    + " replace — заменить их данными файла") @QueryParam("handEdits") String handEdits) {
        return respond(uploads.read(body, fileName == null ? "upload" : fileName), dryRun,
                options(organization, period, confirmReplace, handEdits));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Загрузить план или отчет (форма)", description = "Поле формы «file» с файлом .docx или .xlsx")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(type = SchemaType.OBJECT, requiredProperties = FILE_PART, properties = @SchemaProperty(name = FILE_PART, type = SchemaType.STRING, format = "binary", description = "Файл .docx, .doc, .odt, .xlsx или .xls; имя файла — для отчета и журнала"))))
    @APIResponse(responseCode = "200", description = "Пробная загрузка: что будет загружено", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReportView.class)))
    @APIResponse(responseCode = "201", description = "Документ загружен; Location — план или отчет, если он один", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReportView.class)))
    public Response uploadForm(List<EntityPart> parts, @QueryParam("dryRun") boolean dryRun,
            @QueryParam("organization") String organization, @QueryParam("period") String period,
            @QueryParam("confirmReplace") boolean confirmReplace, @QueryParam("handEdits") String handEdits)
            throws IOException {
        EntityPart file = parts.stream().filter(p -> FILE_PART.equals(p.getName())).findFirst()
                .orElseThrow(() -> new BadRequestException(FILE_PART, "В форме нет поля «file» с файлом документа"));
        try (InputStream in = file.getContent()) {
            return respond(uploads.read(in, file.getFileName().orElse("upload")), dryRun,
                    options(organization, period, confirmReplace, handEdits));
        }
    }

    private static ImportOptions options(String organization, String period, boolean confirmReplace,
            String handEdits) {
        ReportingPeriod chosen = null;
        if (period != null && !period.isBlank()) {
            try {
                chosen = ReportingPeriod.parse(period.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (InvalidPeriodException e) {
                throw new BadRequestException("period", "Период «" + period + "» указан неверно; пример: 2026-H1, "
                        + "2025-Q2");
            }
        }
        return new ImportOptions(organization == null || organization.isBlank() ? null : organization.strip(),
                chosen, confirmReplace, handEdits(handEdits));
    }

    private static ImportOptions.HandEdits handEdits(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "keep" -> ImportOptions.HandEdits.KEEP;
            case "replace" -> ImportOptions.HandEdits.REPLACE;
            default -> throw new BadRequestException("handEdits", "Параметр handEdits принимает значения keep"
                    + " (сохранить записи, измененные на экране) или replace (заменить их данными файла)");
        };
    }

    private Response respond(ImportedDocument document, boolean dryRun, ImportOptions options) {
        ImportReport report = imports.importDocument(document, options, dryRun);
        ImportReportView view = ImportReportView.of(report);
        if (dryRun) {
            return Response.ok(view).build();
        }
        return (view.submissions() != null && view.submissions().size() == 1
                ? Response.created(uriInfo.getBaseUriBuilder().path("submissions")
                        .path(String.valueOf(view.submissions().get(0))).build())
                : Response.status(Response.Status.CREATED)).entity(view).build();
    }
}
