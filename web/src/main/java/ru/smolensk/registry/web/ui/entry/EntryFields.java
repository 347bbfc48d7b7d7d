package ru.smolensk.registry.web.ui.entry;

import java.io.Serializable;

import ru.smolensk.registry.domain.application.event.EventInput;
import ru.smolensk.registry.domain.model.event.OfficialColumns;

/** The values of the entry form: the sphere (regional documents) and the official columns as text. */
public class EntryFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String sphere;
    private String name;
    private String place;
    private String dates;
    private String description;
    private String goal;
    private String outcome;
    private String participants;

    void fill(String sphereCode, OfficialColumns c) {
        sphere = sphereCode;
        name = c.name();
        place = c.place();
        dates = c.dates();
        description = c.description();
        goal = c.goal();
        outcome = c.outcome();
        participants = c.participants();
    }

    EventInput input() {
        return new EventInput(sphere, name, place, dates, description, goal, outcome, participants);
    }

    public String getSphere() {
        return sphere;
    }

    public void setSphere(String sphere) {
        this.sphere = sphere;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getDates() {
        return dates;
    }

    public void setDates(String dates) {
        this.dates = dates;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }
}
