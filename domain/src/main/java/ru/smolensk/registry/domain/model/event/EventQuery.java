package ru.smolensk.registry.domain.model.event;

import java.time.LocalDate;
import java.util.List;

import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/**
 * Filters and paging for event entries. Null filters are not applied. {@code visibleOrganizationCode}
 * restricts non-approved entries to one organisation (operators see other organisations' approved
 * entries only); null means no restriction.
 */
public record EventQuery(ReportingPeriod period, DocumentKind kind, Level level, String organizationCode,
        String sphereCode, String countryCode, EventFormat format, SubmissionStatus status, String text,
        LocalDate from, LocalDate to, String visibleOrganizationCode, int page, int size, EventSort sort,
        List<ReportingPeriod> periods) {

    public static final int MAX_PAGE_SIZE = 500;

    /**
     * Up to how many matching entries are counted exactly: beyond, a page says «more than» instead of reading
     * every match (a common word matches a quarter of a million entries).
     */
    public static final int COUNT_LIMIT = 10_000;

    public EventQuery {
        if (page < 0) {
            throw new IllegalArgumentException("Номер страницы не может быть отрицательным");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("Размер страницы должен быть от 1 до " + MAX_PAGE_SIZE);
        }
        if (sort == null) {
            sort = EventSort.OFFICIAL;
        }
        periods = periods == null ? null : List.copyOf(periods);
    }

    /** A query in the official order. */
    public EventQuery(ReportingPeriod period, DocumentKind kind, Level level, String organizationCode,
            String sphereCode, String countryCode, EventFormat format, SubmissionStatus status, String text,
            LocalDate from, LocalDate to, String visibleOrganizationCode, int page, int size) {
        this(period, kind, level, organizationCode, sphereCode, countryCode, format, status, text, from, to,
                visibleOrganizationCode, page, size, EventSort.OFFICIAL);
    }

    /** A query in the given order, of one period or none. */
    public EventQuery(ReportingPeriod period, DocumentKind kind, Level level, String organizationCode,
            String sphereCode, String countryCode, EventFormat format, SubmissionStatus status, String text,
            LocalDate from, LocalDate to, String visibleOrganizationCode, int page, int size, EventSort sort) {
        this(period, kind, level, organizationCode, sphereCode, countryCode, format, status, text, from, to,
                visibleOrganizationCode, page, size, sort, null);
    }

    /** The same query restricted to any of the given periods (a range of periods). */
    public EventQuery inPeriods(List<ReportingPeriod> anyOf) {
        return new EventQuery(period, kind, level, organizationCode, sphereCode, countryCode, format, status, text,
                from, to, visibleOrganizationCode, page, size, sort, anyOf);
    }

    public int offset() {
        return page * size;
    }

    /**
     * Up to how many entries the total of this page is counted: {@link #COUNT_LIMIT}, or the end of the page when it
     * lies beyond, so that a page past the limit still knows whether another follows.
     */
    public long countLimit() {
        return Math.max(COUNT_LIMIT, (long) offset() + size);
    }
}
