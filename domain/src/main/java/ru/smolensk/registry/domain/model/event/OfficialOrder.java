package ru.smolensk.registry.domain.model.event;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.period.ReportingPeriodConverter;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.Submission;

/**
 * The keys of the official order of an entry's submission (period, latest first; kind; level; the organisation's
 * sort order), copied onto the entry so that one index of the entries holds the whole order and a page of many
 * submissions is read in index order instead of sorting every match. They never change: a submission's period,
 * kind, level and organisation are its identity, and an organisation's sort order is fixed when it is made.
 * Only queries read them (as {@code e.officialOrder.period} and so on).
 */
@Embeddable
public class OfficialOrder {

    @Convert(converter = ReportingPeriodConverter.class)
    @Column(name = "order_period", nullable = false, length = 8, updatable = false)
    private ReportingPeriod period;

    @Enumerated(EnumType.STRING)
    @Column(name = "order_kind", nullable = false, length = 16, updatable = false)
    private DocumentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "order_level", nullable = false, length = 16, updatable = false)
    private Level level;

    @Column(name = "order_organization", nullable = false, updatable = false)
    private int organizationSortOrder;

    protected OfficialOrder() {
    }

    private OfficialOrder(ReportingPeriod period, DocumentKind kind, Level level, int organizationSortOrder) {
        this.period = period;
        this.kind = kind;
        this.level = level;
        this.organizationSortOrder = organizationSortOrder;
    }

    /** The order keys of the entries of this submission. */
    public static OfficialOrder of(Submission submission) {
        return new OfficialOrder(submission.period(), submission.kind(), submission.level(),
                submission.organization().sortOrder());
    }
}
