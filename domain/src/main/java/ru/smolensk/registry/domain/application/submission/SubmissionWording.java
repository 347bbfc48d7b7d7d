package ru.smolensk.registry.domain.application.submission;

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

    /** E.g. «План № 12 (город Смоленск, 2030-H1)». */
    static String title(Submission s) {
        return noun(s.kind()) + " № " + s.id() + " (" + s.organization().nameOn(s.period().start()) + ", "
                + s.period().code() + ")";
    }
}
