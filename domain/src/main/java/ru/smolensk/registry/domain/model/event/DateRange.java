package ru.smolensk.registry.domain.model.event;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The normalized reading of the dates column: first and last day (either may be unknown), how
 * precise they are, the grammatical class of the expression and a qualifier split off from it
 * («по согласованию сторон»).
 */
@Embeddable
public class DateRange {

    @Column(name = "date_start")
    private LocalDate start;

    @Column(name = "date_end")
    private LocalDate end;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    private DatePrecision precision;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_class")
    private DateClass dateClass;

    @Column(name = "date_qualifier", length = 1000)
    private String qualifier;

    protected DateRange() {
    }

    public DateRange(LocalDate start, LocalDate end, DatePrecision precision, DateClass dateClass, String qualifier) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end before start: " + start + " > " + end);
        }
        this.start = start;
        this.end = end;
        this.precision = precision;
        this.dateClass = dateClass;
        this.qualifier = qualifier;
    }

    public static DateRange unknown() {
        return new DateRange(null, null, DatePrecision.UNKNOWN, DateClass.UNPARSED, null);
    }

    /** Whether the range overlaps the closed interval [from, to]; an open end counts as unbounded. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        if (start == null && end == null) {
            return false;
        }
        return (end == null || !end.isBefore(from)) && (start == null || !start.isAfter(to));
    }

    public LocalDate start() {
        return start;
    }

    public LocalDate end() {
        return end;
    }

    public DatePrecision precision() {
        return precision;
    }

    public DateClass dateClass() {
        return dateClass;
    }

    public String qualifier() {
        return qualifier;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DateRange r && Objects.equals(start, r.start) && Objects.equals(end, r.end)
                && precision == r.precision && dateClass == r.dateClass && Objects.equals(qualifier, r.qualifier);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, precision, dateClass, qualifier);
    }
}
