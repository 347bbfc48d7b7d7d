package ru.smolensk.registry.integration.exchange;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The receipt of SubmitEvents: one result per record; {@code Replayed} when the message came before. */
@XmlRootElement(name = "SubmitEventsResponse")
@XmlType(name = "", propOrder = {"replayed", "results"})
public class SubmitEventsResponse {

    @XmlElement(name = "Replayed")
    public boolean replayed;

    @XmlElement(name = "Result")
    public List<RecordOutcome> results = new ArrayList<>();
}
