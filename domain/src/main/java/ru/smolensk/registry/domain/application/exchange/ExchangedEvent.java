package ru.smolensk.registry.domain.application.exchange;

import java.time.LocalDate;

import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventSummary;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;

/** An approved event as partners receive it. */
public record ExchangedEvent(long id, String sourceSystem, String sourceRecordId, DocumentKind kind, Level level,
        String period, String organizationCode, String sphereCode, OfficialColumns columns, LocalDate start,
        LocalDate end) {

    /** The event as partners receive it, from the summary lists read. */
    public static ExchangedEvent of(EventSummary e) {
        return new ExchangedEvent(e.id(), e.sourceSystem(), e.sourceRecordId(), e.kind(), e.level(),
                e.period().code(), e.organizationCode(), e.sphereCode(), e.columns(),
                e.dates() == null ? null : e.dates().start(), e.dates() == null ? null : e.dates().end());
    }

    /** The event as partners receive it. */
    public static ExchangedEvent of(EventEntry e) {
        var submission = e.submission();
        return new ExchangedEvent(e.id(), e.sourceSystem(), e.sourceRecordId(), submission.kind(), submission.level(),
                submission.period().code(), submission.organization().code(),
                e.sectionSphere() == null ? null : e.sectionSphere().code(), e.columns(), e.dates().start(),
                e.dates().end());
    }
}
