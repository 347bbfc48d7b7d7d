package ru.smolensk.registry.domain.application.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.application.AccessDeniedException;
import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.model.audit.AuditLog;
import ru.smolensk.registry.domain.model.audit.AuditRecord;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventEntryRepository;
import ru.smolensk.registry.domain.model.event.EventPage;
import ru.smolensk.registry.domain.model.event.EventQuery;
import ru.smolensk.registry.domain.model.event.EventSeries;
import ru.smolensk.registry.domain.model.event.EventSeriesRepository;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationKind;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;

/** The rules of series proposals on in-memory repositories. */
class SeriesProposalTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2030, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private final Organization smolensk = new Organization("smolensk", OrganizationKind.CITY_OKRUG, "город Смоленск",
            1);
    private final Map<Long, EventEntry> entries = new LinkedHashMap<>();
    private final List<EventSeries> allSeries = new ArrayList<>();
    private final List<AuditRecord> audit = new ArrayList<>();
    private Role role = Role.COORDINATOR;

    private final CurrentUser user = new CurrentUser() {
        @Override
        public String username() {
            return role.name();
        }

        @Override
        public boolean hasRole(Role r) {
            return r == role;
        }

        @Override
        public Optional<Organization> organization() {
            return Optional.empty();
        }
    };

    private final EventSeriesRepository seriesRepository = new EventSeriesRepository() {
        @Override
        public Optional<EventSeries> findById(long id) {
            return allSeries.stream().filter(s -> s.id() == id).findFirst();
        }

        @Override
        public Optional<EventSeries> findByKey(String key) {
            return allSeries.stream().filter(s -> s.key().equals(key) || s.otherKeys().contains(key)).findFirst();
        }

        @Override
        public List<EventSeries> findAll() {
            return List.copyOf(allSeries);
        }

        @Override
        public List<EventEntry> entriesOf(EventSeries series) {
            return entries.values().stream().filter(e -> e.series() == series).toList();
        }

        @Override
        public List<Member> members() {
            return List.of();
        }

        @Override
        public List<Candidate> candidates() {
            return entries.values().stream().filter(e -> e.series() == null && !e.seriesFixed())
                    .map(e -> new Candidate(e.id(), e.columns().name(), e.submission().period())).toList();
        }

        @Override
        public EventSeries save(EventSeries series) {
            if (series.id() == null) {
                setId(series, EventSeries.class, allSeries.size() + 1L);
                allSeries.add(series);
            }
            return series;
        }

        @Override
        public void delete(EventSeries series) {
            allSeries.remove(series);
        }
    };

    private final EventEntryRepository events = new EventEntryRepository() {
        @Override
        public Optional<EventEntry> findById(long id) {
            return Optional.ofNullable(entries.get(id));
        }

        @Override
        public List<EventEntry> findBySubmission(Submission submission) {
            return List.of();
        }

        @Override
        public List<ru.smolensk.registry.domain.model.event.EventSummary> summariesOfSubmissions(
                List<Long> submissionIds) {
            return List.of();
        }

        @Override
        public EventPage search(EventQuery query) {
            return new EventPage(List.of(), 0);
        }

        @Override
        public EventEntry save(EventEntry entry) {
            return entry;
        }

        @Override
        public void delete(EventEntry entry) {
            entries.remove(entry.id());
        }
    };

    private final AuditLog log = new AuditLog() {
        @Override
        public void append(AuditRecord record) {
            audit.add(record);
        }

        @Override
        public List<AuditRecord> search(String entityType, String entityId, String username, OffsetDateTime from,
                OffsetDateTime to, int limit) {
            return audit;
        }
    };

    private final SeriesService service = new SeriesService(user, seriesRepository, events, log);

    private static void setId(Object target, Class<?> type, long id) {
        try {
            Field field = type.getDeclaredField("id");
            field.setAccessible(true);
            field.set(target, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private EventEntry entry(String period, String name) {
        ReportingPeriod p = ReportingPeriod.parse(period);
        Submission submission = new Submission(smolensk, p, p.type() == ReportingPeriod.parse("2030-H1").type()
                ? DocumentKind.PLAN
                : DocumentKind.REPORT, "smolensk", NOW);
        EventEntry entry = new EventEntry(submission, 1, null, new OfficialColumns(name, null, null, null, null, null,
                null), NOW);
        setId(entry, EventEntry.class, entries.size() + 100L);
        entries.put(entry.id(), entry);
        return entry;
    }

    @Test
    void theSameRecurringEventInTwoYearsFormsASeriesWithEditions() {
        EventEntry first = entry("2029-H1", "XXI открытый театральный конкурс «Маленькие шедевры»");
        EventEntry second = entry("2030-Q1", "Проведение XXII открытого театрального конкурса \"Маленькие шедевры\"");
        EventEntry sameYear = entry("2030-H1", "Фестиваль «Славянский венок»");
        entry("2030-Q2", "Фестиваль «Славянский венок»");
        EventEntry visit = entry("2029-Q1", "Визит делегации");
        entry("2030-Q1", "Визит делегации");

        assertEquals(new Proposal(1, 2), service.propose());
        assertSame(first.series(), second.series());
        assertEquals("Открытый театральный конкурс «Маленькие шедевры»", first.series().name());
        assertEquals(21, first.edition());
        assertEquals(22, second.edition());
        assertNull(sameYear.series(), "one year is no series yet");
        assertNull(visit.series(), "a name that does not look recurring is not grouped");

        EventEntry third = entry("2031-H1", "XXIII открытый театральный конкурс «Маленькие шедевры»");
        assertEquals(new Proposal(0, 1), service.propose());
        assertSame(first.series(), third.series(), "a later edition joins the series with its key");
    }

    @Test
    void aDetachedEntryStaysOutAndOnlyTheCoordinatorEdits() {
        EventEntry first = entry("2029-H1", "XIX конференция «Эврика»");
        EventEntry second = entry("2030-H1", "XX конференция «Эврика»");
        service.propose();
        long id = first.series().id();
        service.detach(id, second.id());
        assertEquals(new Proposal(0, 0), service.propose());
        assertNull(second.series());

        role = Role.OPERATOR;
        assertThrows(AccessDeniedException.class, () -> service.propose());
        assertThrows(AccessDeniedException.class, () -> service.attach(id, second.id()));
    }
}
