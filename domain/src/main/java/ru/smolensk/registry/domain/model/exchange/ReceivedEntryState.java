package ru.smolensk.registry.domain.model.exchange;

import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/**
 * What a resent record is compared with: the stored entry's place (organisation, period, kind and status of its
 * submission, section) and its verbatim columns, read without building the entry.
 */
public record ReceivedEntryState(Long entryId, String recordId, String organizationCode, ReportingPeriod period,
        DocumentKind kind, SubmissionStatus status, String sectionTitle, OfficialColumns columns) {

    public static ReceivedEntryState of(EventEntry entry) {
        return new ReceivedEntryState(entry.id(), entry.sourceRecordId(), entry.submission().organization().code(),
                entry.submission().period(), entry.submission().kind(), entry.submission().status(),
                entry.sectionTitle(), entry.columns());
    }
}
