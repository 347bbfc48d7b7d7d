package ru.smolensk.registry.persistence.jpa;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import ru.smolensk.registry.persistence.search.SearchQuery;

/**
 * The full-text condition of a list query: on PostgreSQL the stored vector {@code event_entry.search_vector}
 * (GIN index) against {@code websearch_to_tsquery('russian', …)}; elsewhere the ids the {@link JavaTextIndex}
 * finds, with their rank. No condition for a blank text; a text of stop words or signs only matches nothing.
 */
final class TextCondition {

    static final TextCondition NONE = new TextCondition(SearchQuery.parse(null), null);

    /** {@code search_vector @@ query} for JPQL, the query bound as {@code :text}. */
    static final String STORED_MATCH = "SQL('? @@ websearch_to_tsquery(''russian'', ?)',"
            + " COLUMN('search_vector', e), :text)";
    /** The rank of an entry for {@code order by}. */
    static final String STORED_RANK = "SQL('ts_rank(?, websearch_to_tsquery(''russian'', ?))',"
            + " COLUMN('search_vector', e), :text)";

    private static final Map<EntityManagerFactory, Boolean> STORED = Collections.synchronizedMap(new WeakHashMap<>());

    private final SearchQuery query;
    private final Map<Long, Double> matching;
    private final boolean present;

    private TextCondition(SearchQuery query, Map<Long, Double> matching) {
        this.query = query;
        this.matching = matching;
        this.present = matching != null || !query.isEmpty();
    }

    static TextCondition of(EntityManager em, String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        SearchQuery query = SearchQuery.parse(text);
        if (query.isEmpty()) {
            // only stop words or signs: nothing to find, as PostgreSQL's empty query matches nothing
            return new TextCondition(query, Map.of());
        }
        return storedVector(em)
                ? new TextCondition(query, null)
                : new TextCondition(query, JavaTextIndex.of(em).matching(em, query));
    }

    /** Whether the database keeps the searched text as a PostgreSQL vector (migration V28 of db/postgresql). */
    private static boolean storedVector(EntityManager em) {
        return STORED.computeIfAbsent(em.getEntityManagerFactory(), any -> ((Number) em.createNativeQuery(
                "select count(*) from information_schema.columns where lower(table_name) = 'event_entry'"
                        + " and lower(column_name) = 'search_vector'")
                .getSingleResult()).longValue() > 0);
    }

    /** Whether the query has a text condition (a non-blank text; one without words matches nothing). */
    boolean present() {
        return present;
    }

    /** Whether the database matches and ranks (PostgreSQL), rather than the ids found in Java. */
    boolean stored() {
        return matching == null;
    }

    SearchQuery query() {
        return query;
    }

    /** The entries found in Java with their rank (not {@link #stored()}). */
    Map<Long, Double> matching() {
        return matching;
    }
}
