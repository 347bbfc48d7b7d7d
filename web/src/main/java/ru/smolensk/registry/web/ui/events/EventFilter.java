package ru.smolensk.registry.web.ui.events;

import java.io.Serializable;

import ru.smolensk.registry.domain.model.event.EventFormat;
import ru.smolensk.registry.domain.model.event.EventQuery;
import ru.smolensk.registry.domain.model.event.EventSort;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;

/** The filters of the events list as the user set them; empty values are not applied. */
public class EventFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String period;
    private DocumentKind kind;
    private Level level;
    private String organization;
    private String text;
    private String sphere;
    private String country;
    private EventFormat format;
    private boolean byRelevance;

    /** The query of one page (the visibility rules are applied by the service). */
    EventQuery toQuery(int page, int size) {
        return toQuery(page, size, EventSort.OFFICIAL);
    }

    /** The query of one page in the given order. */
    EventQuery toQuery(int page, int size, EventSort sort) {
        return new EventQuery(blank(period) ? null : ReportingPeriod.parse(period), kind, level,
                blank(organization) ? null : organization, blank(sphere) ? null : sphere,
                blank(country) ? null : country,
                format, null, blank(text) ? null : text.strip(),
                null, null, null, page, size, sort);
    }

    void clear() {
        period = null;
        kind = null;
        level = null;
        organization = null;
        text = null;
        sphere = null;
        country = null;
        format = null;
        byRelevance = false;
    }

    /** Whether the list, when no column is sorted, puts the best matches of the text first. */
    public boolean isByRelevance() {
        return byRelevance;
    }

    public void setByRelevance(boolean byRelevance) {
        this.byRelevance = byRelevance;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getSphere() {
        return sphere;
    }

    public void setSphere(String sphere) {
        this.sphere = sphere;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public EventFormat getFormat() {
        return format;
    }

    public void setFormat(EventFormat format) {
        this.format = format;
    }
}
