package ru.smolensk.registry.web.rest.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.event.EventQuery;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;

/** Pages are kept while nothing is written, per query as the user may run it, within the byte bound. */
class EventPageCacheTest {

    private final AtomicLong version = new AtomicLong();
    private final AtomicInteger made = new AtomicInteger();
    private final EventPageCache cache = new EventPageCache();

    EventPageCacheTest() {
        cache.data = version::get;
        cache.maxBytes = 800;
    }

    private static EventQuery query(String visibleOrganization, int page) {
        return new EventQuery(ReportingPeriod.parse("2026-H1"), null, null, null, null, null, null, null, null, null,
                null, visibleOrganization, page, 50);
    }

    private byte[] page(EventQuery query, int size) {
        return cache.page(query, false, () -> {
            made.incrementAndGet();
            return new byte[size];
        });
    }

    @Test
    void keepsAPageUntilAnythingIsWritten() {
        page(query(null, 0), 10);
        page(query(null, 0), 10);
        assertEquals(1, made.get());
        version.incrementAndGet();
        page(query(null, 0), 10);
        assertEquals(2, made.get());
    }

    @Test
    void keepsNothingMadeWhileSomethingWasWritten() {
        cache.page(query(null, 0), false, () -> {
            version.incrementAndGet();
            return "старое".getBytes(StandardCharsets.UTF_8);
        });
        byte[] fresh = "новое".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(fresh, cache.page(query(null, 0), false, () -> fresh));
    }

    @Test
    void anOperatorsPageIsNotAnotherOrganisationsPage() {
        page(query("smolensk", 0), 10);
        page(query("shumyachsky", 0), 10);
        page(query(null, 0), 10);
        assertEquals(3, made.get());
    }

    @Test
    void dropsTheLeastRecentlyUsedPagesBeyondTheBound() {
        page(query(null, 0), 200);
        page(query(null, 1), 200);
        page(query(null, 2), 200);
        page(query(null, 3), 200);
        page(query(null, 0), 200);
        assertEquals(4, made.get(), "page 0 was still kept");
        page(query(null, 4), 200);
        page(query(null, 1), 200);
        assertEquals(6, made.get(), "page 1, the least recently used, was dropped for page 4");
        page(query(null, 5), 300);
        assertEquals(7, made.get(), "a page larger than a quarter of the bound is not kept");
        page(query(null, 5), 300);
        assertEquals(8, made.get());
    }

    @Test
    void aClientMayAskForAPageMadeAnew() {
        page(query(null, 0), 10);
        cache.page(query(null, 0), true, () -> {
            made.incrementAndGet();
            return new byte[10];
        });
        assertEquals(2, made.get());
        page(query(null, 0), 10);
        assertEquals(2, made.get(), "the page made anew is kept");
    }

    @Test
    void keepsNothingWhenTurnedOff() {
        cache.maxBytes = 0;
        page(query(null, 0), 1);
        page(query(null, 0), 1);
        assertEquals(2, made.get());
    }

    @Test
    void readsNoDataVersionWhenTurnedOff() {
        AtomicInteger reads = new AtomicInteger();
        cache.data = () -> reads.incrementAndGet();
        cache.maxBytes = 0;
        page(query(null, 0), 1);
        assertEquals(0, reads.get(), "a page made anew in any case needs no version (a database read each)");
        cache.maxBytes = 800;
        page(query(null, 0), 1);
        assertEquals(2, reads.get(), "when kept: the version before the page is made and after");
    }
}
