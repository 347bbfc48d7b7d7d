package ru.smolensk.registry.domain.application.analytics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.domain.application.AccessDeniedException;
import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.NotFoundException;
import ru.smolensk.registry.domain.model.event.Agreement;
import ru.smolensk.registry.domain.model.event.AgreementRepository;
import ru.smolensk.registry.domain.model.event.EventCounts;
import ru.smolensk.registry.domain.model.event.FulfilmentCounts;
import ru.smolensk.registry.domain.model.event.EventStatistics;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.InvalidPeriodException;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/**
 * Statistics and the agreements registry over approved data; the coordinator may include entries
 * not yet approved. Operators additionally see their own organisation's agreements in any status.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AnalyticsService {

    private static final int MAX_YEARS = 10;
    private static final int MAX_AGREEMENTS = 1000;

    @Inject
    CurrentUser user;

    @Inject
    EventStatistics statistics;

    @Inject
    AgreementRepository agreements;

    protected AnalyticsService() {
    }

    public AnalyticsService(CurrentUser user, EventStatistics statistics, AgreementRepository agreements) {
        this.user = user;
        this.statistics = statistics;
        this.agreements = agreements;
    }

    public Statistics statistics(ReportingPeriod from, ReportingPeriod to, DocumentKind kind,
            boolean includeUnapproved) {
        if (to.end().isBefore(from.start())) {
            throw new InvalidPeriodException("Конец диапазона (" + to + ") раньше его начала (" + from + ")");
        }
        if (to.end().isAfter(from.start().plusYears(MAX_YEARS))) {
            throw new InvalidPeriodException("Диапазон статистики не может быть длиннее " + MAX_YEARS + " лет");
        }
        if (includeUnapproved && !user.seesAllOrganizations()) {
            throw new AccessDeniedException("Статистика по неутвержденным данным доступна только координатору");
        }
        List<ReportingPeriod> periods = ReportingPeriod.between(from.start(), to.end());
        SubmissionStatus status = includeUnapproved ? null : SubmissionStatus.APPROVED;
        EventCounts counts = statistics.counts(periods, kind, status);
        Map<String, Long> byOrganization = counts.byOrganization();
        long events = byOrganization.values().stream().mapToLong(Long::longValue).sum();
        return new Statistics(from, to, events, largestFirst(counts.byCountry()), largestFirst(byOrganization),
                largestFirst(counts.bySphere()), new LinkedHashMap<>(new TreeMap<>(counts.byMonth())),
                fulfilment(periods, status, kind, byOrganization));
    }

    /** Plan fulfilment; the counts per organisation of the answer's kind are reused. */
    private List<Statistics.Fulfilment> fulfilment(List<ReportingPeriod> periods, SubmissionStatus status,
            DocumentKind kind, Map<String, Long> byOrganizationOfKind) {
        Map<String, Long> planned = kind == DocumentKind.PLAN
                ? byOrganizationOfKind
                : statistics.byOrganization(periods, DocumentKind.PLAN, status);
        Map<String, Long> reported = kind == DocumentKind.REPORT
                ? byOrganizationOfKind
                : statistics.byOrganization(periods, DocumentKind.REPORT, status);
        FulfilmentCounts outcomes = statistics.fulfilmentCounts(periods, status);
        Map<String, Long> held = outcomes.held();
        Map<String, Long> changed = outcomes.heldWithChanges();
        Map<String, Long> notHeld = outcomes.notHeld();
        Set<String> organizations = new TreeSet<>(planned.keySet());
        organizations.addAll(reported.keySet());
        return organizations.stream()
                .map(code -> new Statistics.Fulfilment(code, planned.getOrDefault(code, 0L),
                        reported.getOrDefault(code, 0L), held.getOrDefault(code, 0L),
                        changed.getOrDefault(code, 0L), notHeld.getOrDefault(code, 0L)))
                .toList();
    }

    private static Map<String, Long> largestFirst(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    public List<Agreement> agreements(ReportingPeriod period, String countryCode, String organizationCode) {
        if (user.seesAllOrganizations()) {
            return agreements.search(period, countryCode, organizationCode, null, null, MAX_AGREEMENTS);
        }
        String own = user.organization().map(Organization::code).orElse(null);
        return agreements.search(period, countryCode, organizationCode, SubmissionStatus.APPROVED, own,
                MAX_AGREEMENTS);
    }

    public Agreement agreement(long id) {
        return agreements.findById(id).filter(a -> user.seesAllOrganizations()
                || a.event().submission().status() == SubmissionStatus.APPROVED
                || user.mayManage(a.event().submission().organization()))
                .orElseThrow(() -> new NotFoundException("Соглашение не найдено"));
    }
}
