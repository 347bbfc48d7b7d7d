package ru.smolensk.registry.persistence.jpa;

import java.util.List;

import ru.smolensk.registry.persistence.search.SearchDocument;

/**
 * The columns full-text search reads and their weights, the same as the stored vector of PostgreSQL (migration
 * V28 under {@code db/postgresql}): name (A), place (C), participants (C), description (B), outcome (B).
 */
final class SearchColumns {

    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;

    private SearchColumns() {
    }

    static SearchDocument document(String name, String place, String participants, String description,
            String outcome) {
        return SearchDocument.of(List.of(new SearchDocument.Column(name, A), new SearchDocument.Column(place, C),
                new SearchDocument.Column(participants, C), new SearchDocument.Column(description, B),
                new SearchDocument.Column(outcome, B)));
    }
}
