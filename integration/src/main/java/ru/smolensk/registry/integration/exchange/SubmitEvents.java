package ru.smolensk.registry.integration.exchange;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The request of SubmitEvents: a batch of records. */
@XmlRootElement(name = "SubmitEvents")
@XmlType(name = "", propOrder = {"records"})
public class SubmitEvents {

    @XmlElement(name = "Record", required = true)
    public List<EventRecord> records = new ArrayList<>();
}
