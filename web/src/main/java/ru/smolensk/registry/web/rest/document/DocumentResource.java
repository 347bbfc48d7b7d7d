package ru.smolensk.registry.web.rest.document;

import static ru.smolensk.registry.web.rest.OfficeMediaTypes.DOCX;
import static ru.smolensk.registry.web.rest.OfficeMediaTypes.XLSX;

import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.smolensk.registry.domain.application.NotFoundException;
import ru.smolensk.registry.domain.application.ReferenceDataService;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.document.ConsolidatedDocument;
import ru.smolensk.registry.domain.application.document.DocumentService;
import ru.smolensk.registry.domain.model.country.Country;
import ru.smolensk.registry.domain.model.period.InvalidPeriodException;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.integration.office.consolidated.ConsolidatedDocuments;

/**
 * The official documents: {@code /api/documents/report/regional/2025-Q2.docx} (or {@code .xlsx}),
 * {@code ?includeDrafts=true} for the coordinator's preview, and an organisation's own document at
 * {@code /api/documents/plan/2026-H1/organizations/smolensk.docx}.
 */
@Path("documents")
@RequestScoped
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.OPERATOR_NAME, Role.EXCHANGE_NAME})
@Tag(name = "Документы", description = "Сводные планы и отчеты в формате Word и Excel")
public class DocumentResource {

    private static final String KIND = "Вид документа: PLAN — план, REPORT — отчет (принимается и plan, report)";
    private static final String LEVEL = "Уровень: MUNICIPAL — муниципальный, REGIONAL — региональный (принимается"
            + " и municipal, regional)";
    private static final String PERIOD = "Период: полугодие плана (2026-H1) или квартал отчета (2025-Q4)";
    private static final String FORMAT = "docx — Word, xlsx — Excel";

    private static final Map<String, DocumentKind> KINDS = Map.of("plan", DocumentKind.PLAN, "report",
            DocumentKind.REPORT);
    private static final Map<String, Level> LEVELS = Map.of("municipal", Level.MUNICIPAL, "regional",
            Level.REGIONAL);

    @Inject
    DocumentService documents;

    @Inject
    ReferenceDataService referenceData;

    private final ConsolidatedDocuments writer = new ConsolidatedDocuments();

    @GET
    @Path("{kind}/{level}/{period}.{format}")
    @Operation(summary = "Сводный план или отчет", description = "Например /api/documents/PLAN/MUNICIPAL/2026-H1.docx."
            + " По умолчанию — только утвержденные записи; includeDrafts=true (координатор) — проект со всеми"
            + " записями.")
    @APIResponse(responseCode = "200", description = "Документ; X-Document-Events — число мероприятий,"
            + " X-Document-Draft — проект ли это", content = {
                    @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "Неизвестный вид, уровень, период или формат")
    public Response consolidated(
            @Parameter(description = KIND, schema = @Schema(type = SchemaType.STRING, enumeration = {"PLAN",
                    "REPORT"})) @PathParam("kind") String kind,
            @Parameter(description = LEVEL, schema = @Schema(type = SchemaType.STRING, enumeration = {"MUNICIPAL",
                    "REGIONAL"})) @PathParam("level") String level,
            @Parameter(description = PERIOD, example = "2026-H1") @PathParam("period") String period,
            @Parameter(description = FORMAT, schema = @Schema(type = SchemaType.STRING, enumeration = {"docx",
                    "xlsx"})) @PathParam("format") String format,
            @Parameter(description = "true — проект со всеми записями (координатор)") @QueryParam("includeDrafts") boolean includeDrafts) {
        DocumentKind documentKind = lookup(KINDS, kind, "вид документа", "plan, report");
        Level documentLevel = lookup(LEVELS, level, "уровень", "municipal, regional");
        ReportingPeriod reportingPeriod = period(period);
        String extension = format(format);
        ConsolidatedDocument doc = documents.consolidated(documentKind, documentLevel, reportingPeriod,
                includeDrafts);
        return file(doc, extension, kind + "-" + level + "-" + reportingPeriod.code());
    }

    @GET
    @Path("{kind}/{period}/organizations/{organization}.{format}")
    @Operation(summary = "План или отчет организации", description = "Документ одной организации в официальной"
            + " форме (то, что оператор направляет координатору)")
    @APIResponse(responseCode = "200", description = "Документ", content = {
            @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "Нет такой организации, периода или документа")
    public Response ofOrganization(
            @Parameter(description = KIND, schema = @Schema(type = SchemaType.STRING, enumeration = {"PLAN",
                    "REPORT"})) @PathParam("kind") String kind,
            @Parameter(description = PERIOD, example = "2026-H1") @PathParam("period") String period,
            @Parameter(description = "Код организации", example = "smolensk") @PathParam("organization") String organization,
            @Parameter(description = FORMAT, schema = @Schema(type = SchemaType.STRING, enumeration = {"docx",
                    "xlsx"})) @PathParam("format") String format) {
        DocumentKind documentKind = lookup(KINDS, kind, "вид документа", "plan, report");
        ReportingPeriod reportingPeriod = period(period);
        String extension = format(format);
        ConsolidatedDocument doc = documents.ofOrganization(organization, documentKind, reportingPeriod);
        return file(doc, extension, kind + "-" + organization + "-" + reportingPeriod.code());
    }

    private Response file(ConsolidatedDocument doc, String extension, String baseName) {
        StreamingOutput body;
        if ("docx".equals(extension)) {
            body = out -> writer.writeDocx(doc, out);
        } else {
            Map<String, String> names = referenceData.countries().stream()
                    .collect(java.util.stream.Collectors.toMap(Country::code, Country::name));
            body = out -> writer.writeXlsx(doc, code -> names.getOrDefault(code, code), out);
        }
        return Response.ok(body, "docx".equals(extension) ? DOCX : XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + baseName + "." + extension + "\"")
                .header("X-Document-Events", doc.eventCount()).header("X-Document-Draft", doc.draft()).build();
    }

    private static <T> T lookup(Map<String, T> values, String key, String what, String allowed) {
        T value = values.get(key.toLowerCase(Locale.ROOT));
        if (value == null) {
            throw new NotFoundException("Неизвестный " + what + " «" + key + "»: допустимы " + allowed);
        }
        return value;
    }

    private static ReportingPeriod period(String code) {
        try {
            return ReportingPeriod.parse(code.toUpperCase(Locale.ROOT));
        } catch (InvalidPeriodException e) {
            throw new NotFoundException(e.getMessage());
        }
    }

    private static String format(String format) {
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.equals("docx") && !f.equals("xlsx")) {
            throw new NotFoundException("Неизвестный формат «" + format + "»: допустимы docx и xlsx");
        }
        return f;
    }
}
