package ru.smolensk.registry.domain.model.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A participant count read from the participants column: value (and upper bound), qualifier, scope. */
@Embeddable
public class ParticipantCount {

    @Column(name = "participants_count")
    private Integer value;

    @Column(name = "participants_count_max")
    private Integer max;

    @Enumerated(EnumType.STRING)
    @Column(name = "participants_qualifier")
    private CountQualifier qualifier;

    @Enumerated(EnumType.STRING)
    @Column(name = "participants_scope")
    private CountScope scope;

    protected ParticipantCount() {
    }

    public ParticipantCount(Integer value, Integer max, CountQualifier qualifier, CountScope scope) {
        if (value != null && value < 0 || max != null && value != null && max < value) {
            throw new IllegalArgumentException("Invalid participant count " + value + ".." + max);
        }
        this.value = value;
        this.max = max;
        this.qualifier = qualifier;
        this.scope = scope;
    }

    public Integer value() {
        return value;
    }

    public Integer max() {
        return max;
    }

    public CountQualifier qualifier() {
        return qualifier;
    }

    public CountScope scope() {
        return scope;
    }
}
