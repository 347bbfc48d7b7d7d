package ru.smolensk.registry.integration.office.read;

import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;

/** The failures of a title that does not tell kind, level or period, with Russian messages. */
final class TitleErrors {

    private TitleErrors() {
    }

    static DocumentReadException unknownKind(String title) {
        return new DocumentReadException(ReadFailure.UNKNOWN_KIND,
                "Не удалось определить по заголовку, план это или отчет" + quoted(title));
    }

    static DocumentReadException unknownLevel(String title) {
        return new DocumentReadException(ReadFailure.UNKNOWN_LEVEL, "Не удалось определить по заголовку, чей это "
                + "документ: органов местного самоуправления (муниципальных образований) или исполнительных "
                + "органов Смоленской области" + quoted(title));
    }

    static DocumentReadException unknownPeriod(String title) {
        return new DocumentReadException(ReadFailure.UNKNOWN_PERIOD, "Не удалось определить по заголовку "
                + "период (например, «на I полугодие 2026 года» или «во II квартале 2025 года»)" + quoted(title));
    }

    /**
     * Checks that the period fits the kind: plans are made per half-year, reports per quarter.
     *
     * @throws DocumentReadException {@code unknown-period} when it does not
     */
    static void checkPeriodFitsKind(DocumentKind kind, ReportingPeriod period, String title) {
        if (period.type() != kind.periodType()) {
            throw new DocumentReadException(ReadFailure.UNKNOWN_PERIOD, (kind == DocumentKind.PLAN
                    ? "План составляется на полугодие, а указан квартал"
                    : "Отчет составляется за квартал, а указано полугодие") + quoted(title));
        }
    }

    private static String quoted(String title) {
        return title == null || title.isEmpty()
                ? ": заголовок не найден"
                : ". Заголовок: «" + OfficeText.normalizeSpace(title) + "»";
    }
}
