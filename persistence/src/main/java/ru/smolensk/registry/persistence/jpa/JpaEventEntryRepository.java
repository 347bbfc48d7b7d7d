package ru.smolensk.registry.persistence.jpa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventEntryRepository;
import ru.smolensk.registry.domain.model.event.EventPage;
import ru.smolensk.registry.domain.model.event.EventQuery;
import ru.smolensk.registry.domain.model.event.EventSummary;
import ru.smolensk.registry.domain.model.event.EventSummaryPage;
import ru.smolensk.registry.domain.model.submission.Submission;

/** Event entries in JPA. */
@ApplicationScoped
public class JpaEventEntryRepository implements EventEntryRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    protected JpaEventEntryRepository() {
    }

    public JpaEventEntryRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<EventEntry> findById(long id) {
        return Optional.ofNullable(em.find(EventEntry.class, id));
    }

    @Override
    public List<EventEntry> findBySubmission(Submission submission) {
        return em.createQuery("select e from EventEntry e where e.submission = :s order by e.ordinal",
                EventEntry.class).setParameter("s", submission).getResultList();
    }

    @Override
    public int maxOrdinal(Submission submission) {
        Integer max = em.createQuery("select max(e.ordinal) from EventEntry e where e.submission = :s", Integer.class)
                .setParameter("s", submission).getSingleResult();
        return max == null ? 0 : max;
    }

    @Override
    public EventPage search(EventQuery query) {
        PageIds page = pageIds(query);
        return new EventPage(inOrder(page.ids()), page.total(), page.exact());
    }

    /** The page as summaries, read by a projection: no entity of the page is built. */
    @Override
    public EventSummaryPage summaries(EventQuery query) {
        PageIds page = pageIds(query);
        return new EventSummaryPage(EventSummaryReader.read(em, page.ids()), page.total(), page.exact());
    }

    /** The ids in document order per submission (on the index (submission, row number, id)), then one projection. */
    @Override
    public List<EventSummary> summariesOfSubmissions(List<Submission> submissions) {
        List<Long> ids = new ArrayList<>();
        Map<Long, List<Long>> bySubmission = new HashMap<>();
        for (List<Long> chunk : ParameterChunks.of(submissions.stream().map(Submission::id).toList())) {
            for (Object[] row : em.createQuery("select e.submissionId, e.id from EventEntry e"
                    + " where e.submissionId in :ids order by e.submissionId, e.ordinal, e.id", Object[].class)
                    .setParameter("ids", chunk).getResultList()) {
                bySubmission.computeIfAbsent((Long) row[0], any -> new ArrayList<>()).add((Long) row[1]);
            }
        }
        submissions.forEach(s -> ids.addAll(bySubmission.getOrDefault(s.id(), List.of())));
        return EventSummaryReader.read(em, ids);
    }

    @Override
    public long count(EventQuery query) {
        EventQueryJpql jpql = new EventQueryJpql(query, TextCondition.of(em, query.text()));
        return jpql.bind(em.createQuery("select count(e) " + jpql.fromWhere(), Long.class)).getSingleResult();
    }

    /**
     * The ids of a page's entries in order and the number of all matching entries: exact, or the count limit of the
     * query when more match ({@code exact} false).
     */
    private record PageIds(List<Long> ids, long total, boolean exact) {

        PageIds(List<Long> ids, long total) {
            this(ids, total, true);
        }
    }

    private PageIds pageIds(EventQuery query) {
        EventQueryJpql jpql = new EventQueryJpql(query, TextCondition.of(em, query.text()));
        if (jpql.pagesBySubmission()) {
            // one more than a chunk tells that there are too many, without reading every submission's id
            List<Long> submissionIds = jpql.bind(em.createQuery(jpql.submissionsInOrder(), Long.class))
                    .setMaxResults(ParameterChunks.SIZE + 1).getResultList();
            if (submissionIds.size() <= ParameterChunks.SIZE) {
                return pageIdsBySubmission(submissionIds, query);
            }
        }
        if (jpql.rankedInJava()) {
            return pageIdsRankedInJava(jpql, query);
        }
        List<Long> ids = jpql.bind(em.createQuery("select e.id " + jpql.fromWhere() + jpql.orderBy(), Long.class))
                .setFirstResult(query.offset()).setMaxResults(query.size()).getResultList();
        if (ids.isEmpty() ? query.offset() == 0 : ids.size() < query.size()) {
            // the page ends before its size: it is the last, so its end is the exact total (within the count limit,
            // which reaches the end of any page), and the count, a second round trip, is not needed
            return new PageIds(ids, (long) query.offset() + ids.size());
        }
        long limit = query.countLimit();
        long counted = cappedCount(jpql, limit);
        return counted > limit ? new PageIds(ids, limit, false) : new PageIds(ids, counted);
    }

    /**
     * The number of matching entries up to one more than {@code limit}: the ids of at most that many matches, in no
     * order, so that the database stops reading there instead of counting every match.
     */
    private long cappedCount(EventQueryJpql jpql, long limit) {
        return jpql.bind(em.createQuery("select e.id " + jpql.fromWhere(), Long.class))
                .setMaxResults((int) Math.min(Integer.MAX_VALUE, limit + 1)).getResultList().size();
    }

    /**
     * The page by relevance where the ranks were found in Java (H2): every matching id in the official order,
     * stably sorted by rank (the best first), then cut.
     */
    private PageIds pageIdsRankedInJava(EventQueryJpql jpql, EventQuery query) {
        List<Long> all = new ArrayList<>(jpql.bind(em.createQuery("select e.id " + jpql.fromWhere()
                + jpql.orderBy(), Long.class)).getResultList());
        Map<Long, Double> ranks = jpql.ranks();
        Comparator<Long> byRank = Comparator.comparingDouble(id -> -ranks.getOrDefault(id, 0.0));
        all.sort(jpql.descending() ? byRank.reversed() : byRank);
        int from = Math.min(query.offset(), all.size());
        return new PageIds(List.copyOf(all.subList(from, Math.min(all.size(), from + query.size()))), all.size());
    }

    /**
     * The page cut from the matching submissions in order: only the ids of the page are read, by the index on
     * (submission, row number, id), instead of sorting every matching entry; the counts per submission come from
     * the same index. Only for up to one chunk of submissions (a period of one region's documents): with more
     * (every period of many regions) one query per chunk and per submission of the page costs more than one
     * ordered query over the entries.
     */
    private PageIds pageIdsBySubmission(List<Long> submissionIds, EventQuery query) {
        Map<Long, Long> counts = new HashMap<>();
        for (List<Long> chunk : ParameterChunks.of(submissionIds)) {
            em.createQuery(EventQueryJpql.entriesOfSubmissions(), Object[].class).setParameter("ids", chunk)
                    .getResultList().forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<Long> pageIds = new ArrayList<>(query.size());
        long skip = query.offset();
        for (Long submissionId : submissionIds) {
            long entries = counts.getOrDefault(submissionId, 0L);
            if (skip >= entries) {
                skip -= entries;
                continue;
            }
            // ordered by every column of the index, so that the database reads it in order and stops at the page
            pageIds.addAll(em.createQuery("select e.id from EventEntry e where e.submission.id = :s"
                    + " order by e.submission.id, e.ordinal, e.id", Long.class).setParameter("s", submissionId)
                    .setFirstResult((int) skip).setMaxResults(query.size() - pageIds.size()).getResultList());
            skip = 0;
            if (pageIds.size() == query.size()) {
                break;
            }
        }
        return new PageIds(pageIds, total);
    }

    /**
     * The entries with these ids, in the order of the ids: the page is cut on the index (ids only, so skipped rows
     * are never read in full) and only its entries are loaded.
     */
    private List<EventEntry> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, EventEntry> byId = new HashMap<>();
        withRelations(em.createQuery("select e from EventEntry e where e.id in :ids", EventEntry.class))
                .setParameter("ids", ids).getResultList().forEach(e -> byId.put(e.id(), e));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static TypedQuery<EventEntry> withRelations(TypedQuery<EventEntry> query) {
        return query.setHint(EntryFetching.READ_ONLY, "true").setHint(EntryFetching.JOIN_FETCH, "e.submission")
                .setHint(EntryFetching.JOIN_FETCH, "e.submission.organization").setHint(EntryFetching.BATCH_TYPE, "IN")
                .setHint(EntryFetching.BATCH, "e.countryCodes").setHint(EntryFetching.BATCH, "e.sectionSphere");
    }

    @Override
    public EventEntry save(EventEntry entry) {
        return Persisting.save(em, entry, entry.id());
    }

    @Override
    public void delete(EventEntry entry) {
        em.remove(em.contains(entry) ? entry : em.merge(entry));
    }
}
