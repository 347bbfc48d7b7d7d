package ru.smolensk.registry.integration.exchange;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** An approved event in the answer of GetEvents. */
@XmlType(name = "Event", propOrder = {"id", "sourceSystem", "sourceRecordId", "kind", "level", "period",
        "organizationCode", "sphereCode", "columns", "startDate", "endDate"})
public class EventData {

    @XmlElement(name = "Id")
    public long id;

    @XmlElement(name = "SourceSystem")
    public String sourceSystem;

    @XmlElement(name = "SourceRecordId")
    public String sourceRecordId;

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

    /** {@code xs:date}, e.g. 2025-10-01. */
    @XmlElement(name = "StartDate")
    public String startDate;

    @XmlElement(name = "EndDate")
    public String endDate;
}
