package ru.smolensk.registry.persistence.jpa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import ru.smolensk.registry.persistence.search.SearchDocument;
import ru.smolensk.registry.persistence.search.SearchQuery;

/**
 * Full-text search in Java, for databases without PostgreSQL's stored vector (H2): the searched columns of every
 * entry analysed once and kept in memory by entry id and version (an entry is analysed again when its version
 * changes, forgotten when it is gone), one index per persistence unit. Each search reads the ids and versions of
 * all entries, which suits the embedded database's thousands of entries, not a million.
 */
final class JavaTextIndex {

    private static final Map<EntityManagerFactory, JavaTextIndex> INDEXES = Collections
            .synchronizedMap(new WeakHashMap<>());

    private record Analysed(long version, SearchDocument document) {
    }

    private final Map<Long, Analysed> entries = new HashMap<>();

    static JavaTextIndex of(EntityManager em) {
        return INDEXES.computeIfAbsent(em.getEntityManagerFactory(), any -> new JavaTextIndex());
    }

    /** The entries that match the query with their rank. */
    synchronized Map<Long, Double> matching(EntityManager em, SearchQuery query) {
        refresh(em);
        Map<Long, Double> matching = new HashMap<>();
        entries.forEach((id, analysed) -> {
            if (analysed.document().matches(query)) {
                matching.put(id, analysed.document().rank(query));
            }
        });
        return matching;
    }

    private void refresh(EntityManager em) {
        Set<Long> present = new HashSet<>();
        List<Long> stale = new ArrayList<>();
        for (Object[] row : em.createQuery("select e.id, e.version from EventEntry e", Object[].class)
                .getResultList()) {
            Long id = (Long) row[0];
            present.add(id);
            Analysed known = entries.get(id);
            if (known == null || known.version() != ((Number) row[1]).longValue()) {
                stale.add(id);
            }
        }
        entries.keySet().retainAll(present);
        for (List<Long> chunk : ParameterChunks.of(stale)) {
            for (Object[] row : em.createQuery("select e.id, e.version, e.columns.name, e.columns.place,"
                    + " e.columns.participants, e.columns.description, e.columns.outcome from EventEntry e"
                    + " where e.id in :ids", Object[].class).setParameter("ids", chunk).getResultList()) {
                entries.put((Long) row[0], new Analysed(((Number) row[1]).longValue(), SearchColumns.document(
                        (String) row[2], (String) row[3], (String) row[4], (String) row[5], (String) row[6])));
            }
        }
    }
}
