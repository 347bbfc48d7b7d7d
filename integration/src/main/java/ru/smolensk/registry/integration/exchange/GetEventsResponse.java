package ru.smolensk.registry.integration.exchange;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The answer of GetEvents: one page of approved events and the number of all that match. */
@XmlRootElement(name = "GetEventsResponse")
@XmlType(name = "", propOrder = {"total", "page", "pageSize", "events"})
public class GetEventsResponse {

    @XmlElement(name = "Total")
    public long total;

    @XmlElement(name = "Page")
    public int page;

    @XmlElement(name = "PageSize")
    public int pageSize;

    @XmlElement(name = "Event")
    public List<EventData> events = new ArrayList<>();
}
