package ru.smolensk.registry.web.ui.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RowRangeTest {

    /** Pages of {@code size} of the rows 0 to {@code rows - 1}, recording which pages were read. */
    private static IntFunction<List<Integer>> pages(int rows, int size, List<Integer> read) {
        return number -> {
            read.add(number);
            return IntStream.range(number * size, Math.min(rows, (number + 1) * size)).boxed().toList();
        };
    }

    @Test
    void aWholePageIsOneRead() {
        List<Integer> read = new ArrayList<>();
        assertEquals(List.of(20, 21, 22), RowRange.of(20, 10, pages(23, 10, read)));
        assertEquals(List.of(2), read);
    }

    @Test
    void aRangeFromTheMiddleOfAPageSpansTwoPages() {
        List<Integer> read = new ArrayList<>();
        assertEquals(IntStream.range(5, 15).boxed().toList(), RowRange.of(5, 10, pages(40, 10, read)));
        assertEquals(List.of(0, 1), read);
    }

    @Test
    void aRangeBeyondTheLastRowIsEmptySoTheExporterStops() {
        // the exporter read 227 rows in a batch of 500 and asks for the next batch from row 227
        assertEquals(List.of(), RowRange.of(227, 500, pages(227, 500, new ArrayList<>())));
        assertEquals(List.of(), RowRange.of(600, 500, pages(227, 500, new ArrayList<>())));
    }

    @Test
    void aShortPageIsNotFollowedByAnotherRead() {
        List<Integer> read = new ArrayList<>();
        assertEquals(List.of(7, 8), RowRange.of(7, 10, pages(9, 10, read)));
        assertEquals(List.of(0), read);
    }
}
