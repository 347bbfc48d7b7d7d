package ru.smolensk.registry.domain.model.event;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A recurring event across years (an annual festival, a contest with edition numbers), so the
 * coordinator sees the history of an event. The key is the name without edition numerals, years
 * and quotes; a series that absorbed others in a merge keeps their keys as further keys, so new
 * entries with those names join it.
 */
@Entity
@Table(name = "event_series")
public class EventSeries {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_series_seq")
    @SequenceGenerator(name = "event_series_seq", sequenceName = "event_series_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 1000)
    private String name;

    @Column(name = "series_key", nullable = false, unique = true, length = 1000)
    private String key;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_series_key", joinColumns = @JoinColumn(name = "series_id"))
    @Column(name = "series_key", length = 1000)
    private Set<String> otherKeys = new LinkedHashSet<>();

    protected EventSeries() {
    }

    public EventSeries(String name, String key) {
        this.name = name;
        this.key = key;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String key() {
        return key;
    }

    public long version() {
        return version;
    }

    /** The keys of series merged into this one. */
    public Set<String> otherKeys() {
        return Collections.unmodifiableSet(otherKeys);
    }

    /** Takes over the keys of a series merged into this one (that series is deleted first). */
    public void absorbKeys(EventSeries merged) {
        otherKeys.add(merged.key);
        otherKeys.addAll(merged.otherKeys);
        otherKeys.remove(key);
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new ru.smolensk.registry.domain.model.shared.DomainException("validation",
                    "Укажите название серии мероприятий");
        }
        this.name = newName.strip();
    }
}
