package ru.smolensk.registry.web.rest.submission;

import java.util.List;
import java.util.function.IntFunction;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of the submissions matching a filter, in the shape of the events list ({@code GET /api/events}): the page's
 * items, the number of all matching submissions, the page and its size, and the addresses of the next and previous
 * pages. A caller that names no size gets every submission on one page, as before the list was paged.
 */
@Schema(description = "Страница планов и отчетов", requiredProperties = {"items", "total", "page", "size"})
public record SubmissionListView(@Schema(description = "Планы и отчеты страницы") List<SubmissionView> items,
        @Schema(description = "Число всех планов и отчетов, подходящих под фильтр", example = "27") long total,
        @Schema(description = "Номер страницы, с 0", example = "0") int page,
        @Schema(description = "Размер страницы; без параметра size — все подходящие планы и отчеты", example = "50") int size,
        @Schema(description = "Адрес следующей страницы или null", format = "uri") String next,
        @Schema(description = "Адрес предыдущей страницы или null", format = "uri") String prev) {

    /**
     * The page of all matching submissions.
     *
     * @param size the page size, or null for all on one page
     * @param pageUri the address of another page of the same list
     */
    static SubmissionListView page(List<SubmissionView> all, int page, Integer size, IntFunction<String> pageUri) {
        int length = size == null ? Math.max(all.size(), 1) : size;
        long from = (long) page * length;
        List<SubmissionView> items = from >= all.size()
                ? List.of()
                : all.subList((int) from, (int) Math.min(all.size(), from + length));
        String next = from + length < all.size() ? pageUri.apply(page + 1) : null;
        String prev = page > 0 ? pageUri.apply(page - 1) : null;
        return new SubmissionListView(List.copyOf(items), all.size(), page, length, next, prev);
    }
}
