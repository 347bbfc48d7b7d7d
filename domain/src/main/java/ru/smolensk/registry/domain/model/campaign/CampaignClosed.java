package ru.smolensk.registry.domain.model.campaign;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.WorkflowException;

/** The campaign of a plan or report closed for this organisation, and no extension holds (HTTP 409). */
public class CampaignClosed extends WorkflowException {
    private static final long serialVersionUID = 1L;

    public static final String CODE = "campaign-closed";

    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public CampaignClosed(DocumentKind kind, ReportingPeriod period, LocalDate deadline) {
        super(CODE, "Срок приема " + (kind == DocumentKind.PLAN ? "планов" : "отчетов") + " за " + period.russianName()
                + " истек " + deadline.format(RUSSIAN_DATE)
                + "; изменить документ можно только после продления срока координатором");
    }
}
