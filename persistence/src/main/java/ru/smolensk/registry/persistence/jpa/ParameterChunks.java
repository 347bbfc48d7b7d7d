package ru.smolensk.registry.persistence.jpa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits the values of an {@code in :values} parameter into lists well below the bind limits of H2 and PostgreSQL. */
final class ParameterChunks {

    static final int SIZE = 500;

    private ParameterChunks() {
    }

    static <T> List<List<T>> of(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            chunks.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return chunks;
    }
}
