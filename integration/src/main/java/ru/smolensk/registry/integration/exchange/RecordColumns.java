package ru.smolensk.registry.integration.exchange;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** The official columns of an event record verbatim. */
@XmlType(name = "OfficialColumns", propOrder = {"name", "place", "dates", "description", "goal", "outcome",
        "participants"})
public class RecordColumns {

    @XmlElement(name = "Name", required = true)
    public String name;

    @XmlElement(name = "Place")
    public String place;

    @XmlElement(name = "Dates")
    public String dates;

    @XmlElement(name = "Description")
    public String description;

    @XmlElement(name = "Goal")
    public String goal;

    @XmlElement(name = "Outcome")
    public String outcome;

    @XmlElement(name = "Participants")
    public String participants;
}
