package ru.smolensk.registry.integration.exchange;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The request of GetEvents: filters (absent = any) and the page. */
@XmlRootElement(name = "GetEvents")
@XmlType(name = "", propOrder = {"period", "periodTo", "kind", "level", "organizationCode", "countryCode",
        "sphereCode", "status", "page", "pageSize"})
public class GetEvents {

    @XmlElement(name = "Period")
    public String period;

    /** The last period of a range that starts with {@link #period} (inclusive). */
    @XmlElement(name = "PeriodTo")
    public String periodTo;

    @XmlElement(name = "Kind")
    public String kind;

    @XmlElement(name = "Level")
    public String level;

    @XmlElement(name = "OrganizationCode")
    public String organizationCode;

    @XmlElement(name = "CountryCode")
    public String countryCode;

    @XmlElement(name = "SphereCode")
    public String sphereCode;

    /** APPROVED by default; partners see approved records only. */
    @XmlElement(name = "Status")
    public String status;

    @XmlElement(name = "Page")
    public Integer page;

    @XmlElement(name = "PageSize")
    public Integer pageSize;
}
