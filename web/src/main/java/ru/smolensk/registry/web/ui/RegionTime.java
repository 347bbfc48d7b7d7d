package ru.smolensk.registry.web.ui;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Times as people in the region read them: Moscow time, the zone of Smolensk. */
public final class RegionTime {

    /** The time zone of the region. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private RegionTime() {
    }

    /** The local time of the region at that instant; null for null. */
    public static LocalDateTime of(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(ZONE).toLocalDateTime();
    }
}
