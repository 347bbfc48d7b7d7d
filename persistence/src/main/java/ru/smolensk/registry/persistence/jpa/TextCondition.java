package ru.smolensk.registry.persistence.jpa;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import ru.smolensk.registry.persistence.search.FamilyQuery;
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

    /** {@code search_vector @@ query} of a query written as a {@code tsquery} in Java ({@link FamilyQuery}). */
    static final String CAST_MATCH = "SQL('? @@ cast(? as tsquery)', COLUMN('search_vector', e), :%s)";
    /** The rank of an entry for a query written as a {@code tsquery} in Java. */
    static final String CAST_RANK = "SQL('ts_rank(?, cast(? as tsquery))', COLUMN('search_vector', e), :text)";
    /** The searched columns' words as written (the 'simple' configuration) against a {@code tsquery}. */
    static final String SPELLING_MATCH = "SQL('to_tsvector(''simple'', concat_ws('' '', ?, ?, ?, ?, ?))"
            + " @@ cast(? as tsquery)', e.columns.name, e.columns.place, e.columns.participants,"
            + " e.columns.description, e.columns.outcome, :%s)";

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

    /**
     * The condition on the stored vector (when {@link #stored()}), its parameters put in {@code parameters}: the
     * query as {@code websearch_to_tsquery} reads it, or, with a word of a family, as {@link FamilyQuery} writes it.
     */
    String storedMatch(Map<String, Object> parameters) {
        if (!query.hasFamily()) {
            parameters.put("text", query.webSearch());
            return STORED_MATCH;
        }
        FamilyQuery family = FamilyQuery.of(query);
        parameters.put("text", family.tsQuery());
        StringBuilder condition = new StringBuilder(CAST_MATCH.formatted("text"));
        for (int i = 0; i < family.alone().size(); i++) {
            parameters.put("textKey" + i, family.alone().get(i).key());
            parameters.put("textSpelling" + i, family.alone().get(i).spellings());
            condition.append(" and (").append(CAST_MATCH.formatted("textKey" + i)).append(" or ")
                    .append(SPELLING_MATCH.formatted("textSpelling" + i)).append(')');
        }
        return condition.toString();
    }

    /** The rank of an entry on the stored vector, for the {@code :text} of {@link #storedMatch}. */
    String storedRank() {
        return query.hasFamily() ? CAST_RANK : STORED_RANK;
    }

    /** The entries found in Java with their rank (not {@link #stored()}). */
    Map<Long, Double> matching() {
        return matching;
    }
}
