package ru.smolensk.registry.persistence.jpa;

/** EclipseLink query hints (plain strings: no provider classes at compile time) against N+1 loading. */
final class EntryFetching {

    static final String JOIN_FETCH = "eclipselink.join-fetch";
    static final String BATCH = "eclipselink.batch";
    static final String BATCH_TYPE = "eclipselink.batch.type";
    /** Entities for display only: not registered for change tracking (no copies, no comparison at commit). */
    static final String READ_ONLY = "eclipselink.read-only";

    private EntryFetching() {
    }
}
