package ru.smolensk.registry.integration.exchange;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * The answer of GetChanges: the events of plans and reports approved after the cursor, the cursor to ask from
 * next time, and whether more changes are waiting.
 */
@XmlRootElement(name = "GetChangesResponse")
@XmlType(name = "", propOrder = {"nextCursor", "more", "events"})
public class GetChangesResponse {

    @XmlElement(name = "NextCursor", required = true)
    public String nextCursor;

    @XmlElement(name = "More")
    public boolean more;

    @XmlElement(name = "Event")
    public List<EventData> events = new ArrayList<>();
}
