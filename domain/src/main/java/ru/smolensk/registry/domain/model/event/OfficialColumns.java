package ru.smolensk.registry.domain.model.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The official columns of a plan or report row exactly as written: line breaks, no-break spaces
 * and stray spaces included. Normalized values live beside them, never instead of them.
 */
@Embeddable
public class OfficialColumns {

    @Column(name = "name_raw", nullable = false)
    private String name;

    @Column(name = "place_raw")
    private String place;

    @Column(name = "dates_raw")
    private String dates;

    @Column(name = "description_raw")
    private String description;

    @Column(name = "goal_raw")
    private String goal;

    @Column(name = "outcome_raw")
    private String outcome;

    @Column(name = "participants_raw")
    private String participants;

    protected OfficialColumns() {
    }

    public OfficialColumns(String name, String place, String dates, String description, String goal,
            String outcome, String participants) {
        this.name = name;
        this.place = place;
        this.dates = dates;
        this.description = description;
        this.goal = goal;
        this.outcome = outcome;
        this.participants = participants;
    }

    /** The verbatim text of one column (empty string when absent). */
    public String get(EventField field) {
        String value = switch (field) {
            case NAME -> name;
            case PLACE -> place;
            case DATES -> dates;
            case DESCRIPTION -> description;
            case GOAL -> goal;
            case OUTCOME -> outcome;
            case PARTICIPANTS -> participants;
        };
        return value == null ? "" : value;
    }

    public String name() {
        return name;
    }

    public String place() {
        return place;
    }

    public String dates() {
        return dates;
    }

    public String description() {
        return description;
    }

    public String goal() {
        return goal;
    }

    public String outcome() {
        return outcome;
    }

    public String participants() {
        return participants;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OfficialColumns c && java.util.Objects.equals(name, c.name)
                && java.util.Objects.equals(place, c.place) && java.util.Objects.equals(dates, c.dates)
                && java.util.Objects.equals(description, c.description) && java.util.Objects.equals(goal, c.goal)
                && java.util.Objects.equals(outcome, c.outcome)
                && java.util.Objects.equals(participants, c.participants);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, place, dates, description, goal, outcome, participants);
    }
}
