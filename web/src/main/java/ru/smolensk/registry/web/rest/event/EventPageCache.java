package ru.smolensk.registry.web.rest.event;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ru.smolensk.registry.domain.application.event.DataVersion;
import ru.smolensk.registry.domain.model.event.EventQuery;

/**
 * The JSON of recently listed event pages, by the query as the user may run it (so an operator's page, which may
 * hold their own drafts, is never given to anyone outside their organisation), kept while the data version stays
 * the same: any write of any entity empties it. Bounded by {@code events.list.cache-bytes} (least recently used
 * pages go first; 0 turns it off); a request with {@code Cache-Control: no-cache} is answered with a page made anew.
 * The data version is shared by all servers over the database (a write on any of them changes it), so the pages are
 * exact in a cluster too.
 */
@ApplicationScoped
public class EventPageCache {

    private final Map<EventQuery, byte[]> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long version = Long.MIN_VALUE;
    private long bytes;

    @Inject
    DataVersion data;

    @Inject
    @ConfigProperty(name = "events.list.cache-bytes", defaultValue = "33554432")
    long maxBytes;

    /**
     * The page of the query: kept if nothing was written since it was made, else made now and kept; {@code fresh}:
     * made now in any case (the client asked for {@code Cache-Control: no-cache}).
     */
    public byte[] page(EventQuery visibleQuery, boolean fresh, Supplier<byte[]> make) {
        if (maxBytes <= 0) {
            // turned off (a cluster, the scale benchmarks): the data version, a database read each, would be read
            // twice for a page that is never kept
            return make.get();
        }
        long before = data.current();
        byte[] kept = fresh ? null : kept(visibleQuery, before);
        if (kept != null) {
            return kept;
        }
        byte[] made = make.get();
        keep(visibleQuery, before, made);
        return made;
    }

    private synchronized byte[] kept(EventQuery query, long current) {
        if (current != version) {
            pages.clear();
            bytes = 0;
            version = current;
            return null;
        }
        return pages.get(query);
    }

    /** Keeps a page made under {@code madeAt} unless something was written since or it is too large to keep. */
    private synchronized void keep(EventQuery query, long madeAt, byte[] page) {
        if (madeAt != version || madeAt != data.current() || page.length > maxBytes / 4) {
            return;
        }
        byte[] replaced = pages.put(query, page);
        bytes += page.length - (replaced == null ? 0 : replaced.length);
        for (Iterator<byte[]> eldest = pages.values().iterator(); bytes > maxBytes && eldest.hasNext();) {
            bytes -= eldest.next().length;
            eldest.remove();
        }
    }
}
