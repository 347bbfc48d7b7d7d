package ru.smolensk.registry.web.ui.events;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The rows {@code first} to {@code first + size} read from a source that serves numbered pages of {@code size} rows.
 * The table asks for whole pages; «Выгрузить в Excel» reads on from where its last batch ended, which need not be the
 * start of a page (a range then spans two pages).
 */
final class RowRange {

    private RowRange() {
    }

    /**
     * @param first the number of the first row wanted, from 0
     * @param size how many rows at most, and the size of the source's pages
     * @param page the page of the given number (from 0)
     */
    static <T> List<T> of(int first, int size, IntFunction<List<T>> page) {
        int number = first / size;
        int skip = first % size;
        List<T> rows = page.apply(number);
        if (skip == 0) {
            return rows;
        }
        List<T> spanned = new ArrayList<>(rows);
        if (rows.size() == size) {
            spanned.addAll(page.apply(number + 1));
        }
        return List.copyOf(spanned.subList(Math.min(skip, spanned.size()), Math.min(skip + size, spanned.size())));
    }
}
