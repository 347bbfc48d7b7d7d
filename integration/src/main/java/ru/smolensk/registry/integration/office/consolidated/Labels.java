package ru.smolensk.registry.integration.office.consolidated;

import ru.smolensk.registry.domain.model.event.DatePrecision;
import ru.smolensk.registry.domain.model.event.EventFormat;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/** Russian labels of the normalized values in exports. */
final class Labels {

    private Labels() {
    }

    static String precision(DatePrecision p) {
        if (p == null) {
            return null;
        }
        return switch (p) {
            case DAY -> "день";
            case MONTH -> "месяц";
            case SEASON -> "сезон";
            case QUARTER -> "квартал";
            case HALF_YEAR -> "полугодие";
            case YEAR -> "год";
            case UNKNOWN -> "не определена";
        };
    }

    static String format(EventFormat f) {
        if (f == null) {
            return null;
        }
        return switch (f) {
            case IN_PERSON -> "очный";
            case REMOTE -> "дистанционный";
            case HYBRID -> "смешанный";
            case UNKNOWN -> "не указан";
        };
    }

    static String status(SubmissionStatus s) {
        return switch (s) {
            case DRAFT -> "Черновик";
            case SUBMITTED -> "На рассмотрении";
            case RETURNED -> "Возвращен на доработку";
            case APPROVED -> "Утвержден";
        };
    }
}
