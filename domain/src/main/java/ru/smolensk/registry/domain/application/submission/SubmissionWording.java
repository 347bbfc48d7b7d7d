package ru.smolensk.registry.domain.application.submission;

import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;

/** How messages and audit summaries name a plan or report in Russian. */
final class SubmissionWording {

    private SubmissionWording() {
    }

    /** «План» or «Отчет». */
    static String noun(DocumentKind kind) {
        return kind == DocumentKind.PLAN ? "План" : "Отчет";
    }

    /**
     * E.g. «План на I полугодие 2030 года — город Смоленск», «Отчет за IV квартал 2029 года — Шумячский
     * муниципальный округ»: the period in words and the organisation's name, never a code or a database id.
     */
    static String title(Submission s) {
        return noun(s.kind()) + " " + ofPeriod(s.kind(), s.period()) + " — " + s.organization().nameOn(s.period()
                .start());
    }

    /** «на I полугодие 2030 года» for a plan, «за IV квартал 2029 года» for a report. */
    static String ofPeriod(DocumentKind kind, ReportingPeriod period) {
        return (kind == DocumentKind.PLAN ? "на " : "за ") + period.russianName();
    }
}
