package ru.smolensk.registry.domain.model.event;

import jakarta.persistence.Column;
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
 * and quotes.
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

    public void rename(String newName) {
        this.name = newName;
    }
}
