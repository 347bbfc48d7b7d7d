package ru.smolensk.registry.domain.application.series;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.domain.application.AccessDeniedException;
import ru.smolensk.registry.domain.application.AuditJson;
import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.NotFoundException;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.model.shared.InvalidFieldException;
import ru.smolensk.registry.domain.model.shared.StaleVersionException;
import ru.smolensk.registry.domain.application.submission.SubmissionApproved;
import ru.smolensk.registry.domain.model.audit.AuditAction;
import ru.smolensk.registry.domain.model.audit.AuditLog;
import ru.smolensk.registry.domain.model.audit.AuditRecord;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventEntryRepository;
import ru.smolensk.registry.domain.model.event.EventSeries;
import ru.smolensk.registry.domain.model.event.EventSeriesRepository;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/**
 * Event series across years. Operators see only series with entries visible to them (approved, or of their own
 * organisation), counted by those entries. Proposals group the entries that no series holds and that the coordinator has not
 * placed by {@link SeriesKey}: an entry joins the series that has its key; entries with the same key from at least
 * two different years, whose names look recurring, form a new series. Proposals run on every approval (in the
 * approving transaction) and on the coordinator's request. The coordinator renames, merges and splits series and
 * moves single entries; those entries are then fixed. Everyone sees the list; the history shows an operator the
 * approved entries and those of their own organisation. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class SeriesService {

    static final String AUDIT_ENTITY = "EventSeries";

    @Inject
    CurrentUser user;

    @Inject
    EventSeriesRepository series;

    @Inject
    EventEntryRepository events;

    @Inject
    AuditLog audit;

    protected SeriesService() {
    }

    public SeriesService(CurrentUser user, EventSeriesRepository series, EventEntryRepository events,
            AuditLog audit) {
        this.user = user;
        this.series = series;
        this.events = events;
        this.audit = audit;
    }

    /** All series with their counts; {@code text} filters by name (case-insensitive). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SeriesSummary> list(String text) {
        requireStaff();
        String own = user.organization().map(o -> o.code()).orElse(null);
        Map<Long, List<EventSeriesRepository.Member>> members = series.members().stream()
                .filter(m -> user.seesAllOrganizations() || m.status() == SubmissionStatus.APPROVED
                        || m.organizationCode().equals(own))
                .collect(Collectors.groupingBy(EventSeriesRepository.Member::seriesId));
        String needle = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        return series.findAll().stream()
                .filter(s -> needle == null || s.name().toLowerCase(Locale.ROOT).contains(needle))
                .filter(s -> user.seesAllOrganizations() || members.containsKey(s.id())).map(s -> {
                    List<EventSeriesRepository.Member> of = members.getOrDefault(s.id(), List.of());
                    TreeSet<Integer> years = of.stream().map(m -> m.period().year())
                            .collect(Collectors.toCollection(TreeSet::new));
                    return new SeriesSummary(s.id(), s.name(), s.version(), of.size(),
                            years.isEmpty() ? null : years.first(), years.isEmpty() ? null : years.last(),
                            of.stream().map(EventSeriesRepository.Member::organizationCode).distinct().sorted()
                                    .toList());
                }).toList();
    }

    /** The history of the event: the series' entries by period. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SeriesHistory history(long id) {
        requireStaff();
        EventSeries s = existing(id);
        List<SeriesHistory.Entry> entries = series.entriesOf(s).stream().filter(this::visible)
                .sorted(Comparator.comparing((EventEntry e) -> e.submission().period().start())
                        .thenComparing(e -> e.submission().kind()).thenComparing(EventEntry::id))
                .map(SeriesService::entry).toList();
        return new SeriesHistory(s.id(), s.name(), s.version(), entries);
    }

    private boolean visible(EventEntry e) {
        return user.seesAllOrganizations() || e.submission().status() == SubmissionStatus.APPROVED
                || user.mayManage(e.submission().organization());
    }

    private static SeriesHistory.Entry entry(EventEntry e) {
        Submission s = e.submission();
        return new SeriesHistory.Entry(e.id(), s.id(), s.period().code(), s.kind().name(), s.organization().code(),
                s.organization().nameOn(s.period().start()), s.status().name(), e.edition(), e.columns().name(),
                e.columns().dates(), e.dates() == null ? null : e.dates().start(),
                e.dates() == null ? null : e.dates().end());
    }

    /** The coordinator runs a proposal over all entries. */
    public Proposal propose() {
        requireCoordinator();
        return proposeNow();
    }

    /** Every approval proposes series for the new official data. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onApproval(@Observes SubmissionApproved approved) {
        proposeNow();
    }

    private Proposal proposeNow() {
        Map<String, List<EventSeriesRepository.Candidate>> byKey = new LinkedHashMap<>();
        for (EventSeriesRepository.Candidate c : series.candidates()) {
            String key = SeriesKey.of(c.name());
            if (!key.isEmpty()) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, EventSeries> byExistingKey = new HashMap<>();
        for (EventSeries s : series.findAll()) {
            byExistingKey.put(s.key(), s);
            s.otherKeys().forEach(k -> byExistingKey.put(k, s));
        }
        int created = 0;
        int attached = 0;
        for (Map.Entry<String, List<EventSeriesRepository.Candidate>> group : byKey.entrySet()) {
            List<EventSeriesRepository.Candidate> candidates = group.getValue();
            Optional<EventSeries> existing = Optional.ofNullable(byExistingKey.get(group.getKey()));
            if (existing.isEmpty()) {
                long years = candidates.stream().map(c -> c.period().year()).distinct().count();
                if (years < 2 || candidates.stream().noneMatch(c -> SeriesKey.looksRecurring(c.name()))) {
                    continue;
                }
            }
            EventSeries target = existing.orElseGet(() -> series.save(new EventSeries(title(candidates),
                    group.getKey())));
            if (existing.isEmpty()) {
                created++;
            }
            for (EventSeriesRepository.Candidate c : candidates) {
                events.findById(c.entryId()).ifPresent(e -> e.belongsTo(target, SeriesKey.edition(c.name())
                        .orElse(null)));
                attached++;
            }
            audit.append(new AuditRecord(OffsetDateTime.now(), user.username(), AuditAction.UPDATE, AUDIT_ENTITY,
                    String.valueOf(target.id()), "Серия «" + abbreviated(target.name()) + "»: предложено записей — "
                            + candidates.size(),
                    null, AuditJson.object(Map.of("entries", ids(candidates)))));
        }
        return new Proposal(created, attached);
    }

    private static String ids(List<EventSeriesRepository.Candidate> candidates) {
        return candidates.stream().map(c -> String.valueOf(c.entryId())).collect(Collectors.joining(","));
    }

    /** The title of a new series: from a name that starts with its edition if any, else the latest name. */
    private static String title(List<EventSeriesRepository.Candidate> candidates) {
        String name = candidates.stream().filter(c -> SeriesKey.edition(c.name()).isPresent())
                .filter(c -> !c.name().strip().toLowerCase(Locale.ROOT).startsWith("проведени"))
                .reduce((a, b) -> b).orElse(candidates.get(candidates.size() - 1)).name();
        return abbreviated(SeriesKey.title(name), 1000);
    }

    /** Renames a series. */
    public EventSeries rename(long id, long expectedVersion, String name) {
        requireCoordinator();
        EventSeries s = current(id, expectedVersion);
        String before = s.name();
        s.rename(name);
        audited(s, "Серия переименована: «" + abbreviated(before) + "» → «" + abbreviated(s.name()) + "»",
                Map.of("name", before), Map.of("name", s.name()));
        return series.save(s);
    }

    /** Merges other series into this one: their entries and keys move here, they are deleted. */
    public EventSeries merge(long id, long expectedVersion, Collection<Long> others) {
        requireCoordinator();
        if (others == null || others.isEmpty()) {
            throw new InvalidFieldException("series", "Укажите серии, которые нужно объединить с этой");
        }
        EventSeries target = current(id, expectedVersion);
        List<EventSeries> merged = new ArrayList<>();
        for (Long other : new TreeSet<>(others)) {
            if (other == null || other == id) {
                throw new InvalidFieldException("series", "Серию нельзя объединить саму с собой");
            }
            merged.add(series.findById(other).orElseThrow(() -> new InvalidFieldException("series",
                    "Одна из выбранных серий не найдена: обновите список серий")));
        }
        for (EventSeries source : merged) {
            for (EventEntry e : series.entriesOf(source)) {
                e.belongsTo(target, e.edition());
            }
            EventSeries keys = new EventSeries(source.name(), source.key());
            String sourceName = source.name();
            long sourceId = source.id();
            List<String> sourceKeys = new ArrayList<>(source.otherKeys());
            series.delete(source);
            target.absorbKeys(keys);
            sourceKeys.forEach(k -> target.absorbKeys(new EventSeries(sourceName, k)));
            audited(target, "К серии присоединена серия «" + abbreviated(sourceName) + "»",
                    Map.of("merged", sourceId), Map.of("into", target.id()));
        }
        return series.save(target);
    }

    /** Moves entries of this series into a new series with the given name. */
    public EventSeries split(long id, long expectedVersion, Collection<Long> entryIds, String name) {
        requireCoordinator();
        EventSeries source = current(id, expectedVersion);
        if (entryIds == null || entryIds.isEmpty()) {
            throw new InvalidFieldException("entryIds", "Укажите записи, которые нужно выделить в новую серию");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("name", "Укажите название новой серии");
        }
        Map<Long, EventEntry> members = new HashMap<>();
        series.entriesOf(source).forEach(e -> members.put(e.id(), e));
        List<EventEntry> moving = new ArrayList<>();
        for (Long entryId : new TreeSet<>(entryIds)) {
            EventEntry e = members.get(entryId);
            if (e == null) {
                throw new InvalidFieldException("entryIds", "Одна из выбранных записей не входит в серию «"
                        + abbreviated(source.name()) + "»");
            }
            moving.add(e);
        }
        EventSeries created = series.save(new EventSeries(name.strip(), "manual:" + java.util.UUID.randomUUID()));
        moving.forEach(e -> e.placeInSeries(created, e.edition()));
        audited(created, "Из серии «" + abbreviated(source.name()) + "» выделена новая серия: " + moving.stream()
                .map(e -> "«" + abbreviated(e.columns().name()) + "»").collect(Collectors.joining(", ")),
                Map.of("series", id),
                Map.of("series", created.id()));
        return created;
    }

    /** Places an entry in this series (moving it from another); the entry is then fixed there. */
    public EventSeries attach(long id, long entryId) {
        requireCoordinator();
        EventSeries target = existing(id);
        EventEntry entry = events.findById(entryId)
                .orElseThrow(() -> NotFoundException.entry());
        Long before = entry.series() == null ? null : entry.series().id();
        entry.placeInSeries(target, SeriesKey.edition(entry.columns().name()).orElse(entry.edition()));
        audited(target, "В серию добавлено мероприятие «" + abbreviated(entry.columns().name()) + "»",
                before == null ? Map.of() : Map.of("series", before),
                Map.of("series", id));
        return target;
    }

    /** Takes an entry out of this series; proposals no longer place it anywhere. */
    public void detach(long id, long entryId) {
        requireCoordinator();
        EventSeries s = existing(id);
        EventEntry entry = events.findById(entryId).filter(e -> e.series() != null && e.series().id() == id)
                .orElseThrow(() -> new NotFoundException("Мероприятие не входит в эту серию"));
        entry.placeInSeries(null, null);
        audited(s, "Из серии исключено мероприятие «" + abbreviated(entry.columns().name()) + "»",
                Map.of("entry", entryId), Map.of());
    }

    private EventSeries existing(long id) {
        return series.findById(id).orElseThrow(() -> new NotFoundException("Серия мероприятий не найдена"));
    }

    private EventSeries current(long id, long expectedVersion) {
        EventSeries s = existing(id);
        if (s.version() != expectedVersion) {
            throw new StaleVersionException("Серия № " + id + " уже изменена другим пользователем (вы видели версию "
                    + expectedVersion + ", текущая версия " + s.version() + "). Обновите данные и повторите действие.");
        }
        return s;
    }

    private void audited(EventSeries s, String summary, Map<String, ?> before, Map<String, ?> after) {
        audit.append(new AuditRecord(OffsetDateTime.now(), user.username(), AuditAction.UPDATE, AUDIT_ENTITY,
                String.valueOf(s.id()), abbreviated(summary, 1000), before.isEmpty() ? null : AuditJson.object(before),
                after.isEmpty() ? null : AuditJson.object(after)));
    }

    private void requireCoordinator() {
        if (!user.hasRole(Role.COORDINATOR)) {
            throw new AccessDeniedException("Изменять серии мероприятий может только координатор");
        }
    }

    private void requireStaff() {
        if (!user.seesAllOrganizations() && !user.hasRole(Role.OPERATOR)) {
            throw new AccessDeniedException("Недостаточно прав для просмотра серий мероприятий");
        }
    }

    private static String abbreviated(String text) {
        return abbreviated(text, 200);
    }

    private static String abbreviated(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
