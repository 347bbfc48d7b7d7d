package ru.smolensk.registry.web.rest.submission;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a new draft: organisation code (an operator may omit it), period code and kind.
 * Public fields for JSON-B.
 */
@Schema(description = "Новый черновик плана или отчета", requiredProperties = {"period", "kind"})
public class CreateSubmissionRequest {

    /** The organisation's code, e.g. {@code smolensk}. */
    @Schema(description = "Код организации; оператор может не указывать (своя организация)", example = "smolensk")
    public String organization;

    /** The period code, e.g. {@code 2026-H1} for a plan, {@code 2025-Q4} for a report. */
    @Schema(description = "Период: полугодие плана (2026-H1) или квартал отчета (2025-Q4)", example = "2026-H1")
    public String period;

    /** {@code PLAN} or {@code REPORT}. */
    @Schema(description = "Вид: PLAN — план, REPORT — отчет (регистр букв не важен)", enumeration = {"PLAN",
            "REPORT"})
    public String kind;
}
