package ru.smolensk.registry.domain.model.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One place of an event: the fragment of the place cell and what was recognised in it. */
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

    protected EventPlace() {
    }

    public EventPlace(String rawText, String locality, String region, String countryCode) {
        this.rawText = rawText;
        this.locality = locality;
        this.region = region;
        this.countryCode = countryCode;
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
