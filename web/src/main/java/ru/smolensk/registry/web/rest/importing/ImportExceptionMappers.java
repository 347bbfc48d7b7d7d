package ru.smolensk.registry.web.rest.importing;

import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import ru.smolensk.registry.domain.application.importing.ImportRejectedException;
import ru.smolensk.registry.integration.office.read.DocumentReadException;
import ru.smolensk.registry.web.rest.problem.Problem;

/** Unreadable files and rejected imports as problem details; nothing was written in either case. */
public final class ImportExceptionMappers {

    private static final Map<String, Integer> STATUS = Map.of("not-office-document", 415, "too-large", 413,
            "zip-bomb", 413, "corrupted", 422, "encrypted", 422, "no-table", 422, "unknown-header", 422,
            "unknown-period", 422, "unknown-kind", 422, "unknown-level", 422);

    private ImportExceptionMappers() {
    }

    /** A file that is not a readable official plan or report. */
    @Provider
    public static class Unreadable implements ExceptionMapper<DocumentReadException> {
        @Override
        public Response toResponse(DocumentReadException e) {
            int status = STATUS.getOrDefault(e.code(), 422);
            return Response.status(status).type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(status, e.code(), "Файл не может быть загружен", e.getMessage())).build();
        }
    }

    /** A readable document whose content has errors: the problem carries the full import report. */
    @Provider
    public static class Rejected implements ExceptionMapper<ImportRejectedException> {
        @Override
        public Response toResponse(ImportRejectedException e) {
            return Response.status(422).type(Problem.MEDIA_TYPE)
                    .entity(new RejectedImportProblem(Problem.of(422, e.code(), "Документ содержит ошибки",
                            e.getMessage()), ImportReportView.of(e.report())))
                    .build();
        }
    }

    /** A problem with the import report attached. */
    public record RejectedImportProblem(String type, String title, int status, String detail, String code,
            ImportReportView report) {
        RejectedImportProblem(Problem p, ImportReportView report) {
            this(p.type(), p.title(), p.status(), p.detail(), p.code(), report);
        }
    }
}
