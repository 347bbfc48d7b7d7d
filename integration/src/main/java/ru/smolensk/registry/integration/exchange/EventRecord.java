package ru.smolensk.registry.integration.exchange;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** One event record a partner sends, under the partner's own record id. */
@XmlType(name = "EventRecord", propOrder = {"recordId", "kind", "level", "period", "organizationCode",
        "sphereCode", "columns"})
public class EventRecord {

    @XmlElement(name = "RecordId", required = true)
    public String recordId;

    @XmlElement(name = "Kind", required = true)
    public String kind;

    @XmlElement(name = "Level", required = true)
    public String level;

    @XmlElement(name = "Period", required = true)
    public String period;

    @XmlElement(name = "OrganizationCode", required = true)
    public String organizationCode;

    @XmlElement(name = "SphereCode")
    public String sphereCode;

    @XmlElement(name = "Columns", required = true)
    public RecordColumns columns;
}
