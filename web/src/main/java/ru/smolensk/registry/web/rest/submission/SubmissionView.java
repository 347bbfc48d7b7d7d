package ru.smolensk.registry.web.rest.submission;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.smolensk.registry.domain.model.submission.Submission;

/** A plan or report without its entries: what the list shows. Enum values come with Russian labels. */
@Schema(description = "План или отчет организации (без мероприятий)", requiredProperties = {"id", "organization",
        "period", "kind", "level", "status", "createdAt", "version"})
public record SubmissionView(@Schema(description = "Идентификатор", example = "12") long id,
        @Schema(description = "Организация") OrganizationRef organization,
        @Schema(description = "Период: полугодие плана (2026-H1) или квартал отчета (2025-Q4)", example = "2026-H1") String period,
        @Schema(description = "Период по-русски", example = "I полугодие 2026 года") String periodLabel,
        @Schema(description = "Вид: PLAN — план, REPORT — отчет", enumeration = {
                "PLAN", "REPORT"}) String kind,
        @Schema(description = "Вид по-русски", example = "План") String kindLabel,
        @Schema(description = "Уровень: MUNICIPAL — муниципальный, REGIONAL — региональный", enumeration = {
                "MUNICIPAL", "REGIONAL"}) String level,
        @Schema(description = "Уровень по-русски", example = "Муниципальный") String levelLabel,
        @Schema(description = "Статус: DRAFT — черновик, SUBMITTED — на рассмотрении, RETURNED — возвращен на"
                + " доработку, APPROVED — утвержден", enumeration = {"DRAFT", "SUBMITTED", "RETURNED",
                        "APPROVED"}) String status,
        @Schema(description = "Статус по-русски", example = "Черновик") String statusLabel,
        @Schema(description = "Примечание") String note,
        @Schema(description = "Когда создан (ISO 8601 со смещением)", example = "2026-01-15T10:30:00+03:00") OffsetDateTime createdAt,
        @Schema(description = "Кто создал", example = "smolensk") String createdBy,
        @Schema(description = "Когда отправлен на рассмотрение") OffsetDateTime submittedAt,
        @Schema(description = "Кто отправил") String submittedBy,
        @Schema(description = "Когда утвержден или возвращен") OffsetDateTime decidedAt,
        @Schema(description = "Кто утвердил или вернул", example = "coordinator") String decidedBy,
        @Schema(description = "Причина возврата на доработку") String returnReason,
        @Schema(description = "Версия (то же, что ETag)", example = "3") long version){

    public static SubmissionView of(Submission s) {
        return new SubmissionView(s.id(), OrganizationRef.of(s.organization(), s.period()), s.period().code(),
                SubmissionLabels.period(s.period()), s.kind().name(), SubmissionLabels.kind(s.kind()),
                s.level().name(), SubmissionLabels.level(s.level()), s.status().name(),
                SubmissionLabels.status(s.status()), s.note(), s.createdAt(), s.createdBy(), s.submittedAt(),
                s.submittedBy(), s.decidedAt(), s.decidedBy(), s.returnReason(), s.version());
    }
}
