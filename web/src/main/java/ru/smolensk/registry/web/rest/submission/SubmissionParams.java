package ru.smolensk.registry.web.rest.submission;

import java.util.Locale;

import ru.smolensk.registry.domain.model.shared.InvalidFieldException;
import ru.smolensk.registry.domain.model.period.InvalidPeriodException;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;
import ru.smolensk.registry.web.rest.problem.BadRequestException;

/**
 * Parsing of the workflow's values with Russian errors: malformed query parameters are a bad request
 * (400), malformed fields of a request body invalid data (422). A blank value counts as absent.
 */
final class SubmissionParams {

    private static final String KINDS = "допустимы PLAN (план) и REPORT (отчет)";
    private static final String STATUSES = "допустимы DRAFT (черновик), SUBMITTED (на рассмотрении), RETURNED"
            + " (возвращен на доработку) и APPROVED (утвержден)";

    private SubmissionParams() {
    }

    static ReportingPeriod period(String value) {
        try {
            return isBlank(value) ? null : ReportingPeriod.parse(upper(value));
        } catch (InvalidPeriodException e) {
            throw new BadRequestException("period", e.getMessage());
        }
    }

    static DocumentKind kind(String value) {
        try {
            return isBlank(value) ? null : DocumentKind.valueOf(upper(value));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("kind", "Неизвестный вид документа «" + value + "»: " + KINDS);
        }
    }

    static SubmissionStatus status(String value) {
        try {
            return isBlank(value) ? null : SubmissionStatus.valueOf(upper(value));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("status", "Неизвестный статус «" + value + "»: " + STATUSES);
        }
    }

    static String organization(String value) {
        return isBlank(value) ? null : value.strip();
    }

    /** The period field of a request body. */
    static ReportingPeriod periodField(String value) {
        try {
            return isBlank(value) ? null : ReportingPeriod.parse(upper(value));
        } catch (InvalidPeriodException e) {
            throw new InvalidFieldException("period", e.getMessage());
        }
    }

    /** The kind field of a request body. */
    static DocumentKind kindField(String value) {
        try {
            return isBlank(value) ? null : DocumentKind.valueOf(upper(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("kind", "Неизвестный вид документа «" + value + "»: " + KINDS);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String upper(String value) {
        return value.strip().toUpperCase(Locale.ROOT);
    }
}
