package ru.smolensk.registry.integration.office.write;

import java.util.List;

import ru.smolensk.registry.domain.model.organization.MunicipalReform;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;

/**
 * The title of an official document, split over lines exactly as the customer's documents split it; a municipal
 * report of a period before the 2025 reform names «муниципальных образований», as the reports of that time did
 * ({@link MunicipalReform}).
 */
public final class OfficialTitle {

    private OfficialTitle() {
    }

    /** The title lines, each printed as its own centred paragraph. */
    public static List<String> lines(DocumentKind kind, Level level, ReportingPeriod period) {
        String phrase = PeriodPhrase.of(kind, period);
        if (kind == DocumentKind.PLAN) {
            return level == Level.MUNICIPAL
                    ? List.of("План международных мероприятий",
                            "муниципальных образований Смоленской области " + phrase)
                    : List.of("План международных мероприятий исполнительных органов",
                            "Смоленской области и подведомственных им учреждений " + phrase);
        }
        return level == Level.MUNICIPAL
                ? List.of("Отчет о мероприятиях в международной сфере, проведенных органами местного самоуправления",
                        (MunicipalReform.before(period)
                                ? "муниципальных образований"
                                : "муниципальных и городских округов") + " Смоленской области " + phrase)
                : List.of("Отчет о мероприятиях в международной сфере, проведенных исполнительными органами",
                        "Смоленской области и подведомственными им учреждениями", phrase);
    }

    /** The title as one line (the lines joined with a space), e.g. for a file description. */
    public static String text(DocumentKind kind, Level level, ReportingPeriod period) {
        return String.join(" ", lines(kind, level, period));
    }
}
