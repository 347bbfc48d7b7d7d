package ru.smolensk.registry.web.rest.importing;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import ru.smolensk.registry.domain.application.importing.ImportRejectedException;
import ru.smolensk.registry.integration.office.read.DocumentReadException;
import ru.smolensk.registry.web.rest.problem.Problem;
import ru.smolensk.registry.web.rest.problem.ProblemCodes;

/** Unreadable files and rejected imports as problem details; nothing was written in either case. */
public final class ImportExceptionMappers {

    private ImportExceptionMappers() {
    }

    /** A file that is not a readable official plan or report. */
    @Provider
    public static class Unreadable implements ExceptionMapper<DocumentReadException> {
        @Override
        public Response toResponse(DocumentReadException e) {
            int status = ProblemCodes.IMPORT.getOrDefault(e.code(), 422);
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
