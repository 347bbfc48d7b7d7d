package ru.smolensk.registry.domain.model.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One place of an event: the fragment of the place cell and what was recognised in it, and its position among the
 * event's places. The position is a column of the place itself (not a provider-kept order column): EclipseLink
 * tells the elements of a collection of embeddables apart by their own columns only, so with a separate order
 * column a reordered list was not stored and a partly changed one could collide on (event, position).
 */
@Embeddable
public class EventPlace {

    @Column(name = "raw_text", nullable = false, length = 2000)
    private String rawText;

    @Column(name = "locality", length = 300)
    private String locality;

    @Column(name = "region", length = 300)
    private String region;

    @Column(name = "country_code", length = 2)
    private String countryCode;

    @Column(name = "place_index", nullable = false)
    private int position;

    protected EventPlace() {
    }

    public EventPlace(String rawText, String locality, String region, String countryCode) {
        this.rawText = rawText;
        this.locality = locality;
        this.region = region;
        this.countryCode = countryCode;
    }

    /** The same place at a position among the event's places. */
    EventPlace at(int newPosition) {
        EventPlace placed = new EventPlace(rawText, locality, region, countryCode);
        placed.position = newPosition;
        return placed;
    }

    public String rawText() {
        return rawText;
    }

    public String locality() {
        return locality;
    }

    public String region() {
        return region;
    }

    public String countryCode() {
        return countryCode;
    }
}
