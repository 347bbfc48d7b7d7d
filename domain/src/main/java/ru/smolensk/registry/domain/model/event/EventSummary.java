package ru.smolensk.registry.domain.model.event;

import java.util.List;

import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/**
 * An event entry as lists show it: where it belongs (its submission's period, kind, level and status, the
 * organisation with its name in that period, the section), the official columns verbatim and the normalized values.
 * A read-only value: lists read it in a few queries without building entities; {@link EventEntry} is what changes.
 *
 * @param dates null when nothing of the dates column could be read
 * @param countryCodes in alphabetical order
 * @param sourceSystem the partner system that sent the entry, or null
 * @param sourceRecordId the partner system's id of the entry, or null
 */
public record EventSummary(long id, long submissionId, ReportingPeriod period, DocumentKind kind, Level level,
        SubmissionStatus status, String organizationCode, String organizationName, String sphereCode,
        String sphereName, String sectionTitle, int ordinal, OfficialColumns columns, DateRange dates,
        EventFormat format, EventRole role, List<String> countryCodes, Integer participantsCount, Long planEntryId,
        long version, String sourceSystem, String sourceRecordId) {

    public EventSummary {
        countryCodes = countryCodes.stream().sorted().toList();
    }

    /** The summary of an entry read as an entity. */
    public static EventSummary of(EventEntry e) {
        Submission s = e.submission();
        Organization org = s.organization();
        return new EventSummary(e.id(), s.id(), s.period(), s.kind(), s.level(), s.status(), org.code(),
                org.nameOn(s.period().start()), e.sectionSphere() == null ? null : e.sectionSphere().code(),
                e.sectionSphere() == null ? null : e.sectionSphere().name(), e.sectionTitle(), e.ordinal(),
                e.columns(), e.dates(), e.format(), e.role(), List.copyOf(e.countryCodes()),
                e.participantCount() == null ? null : e.participantCount().value(),
                e.planEntry() == null ? null : e.planEntry().id(), e.version(), e.sourceSystem(), e.sourceRecordId());
    }
}
