package ru.smolensk.registry.integration.exchange;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The request of GetEvents: filters (absent = any) and the page. */
@XmlRootElement(name = "GetEvents")
@XmlType(name = "", propOrder = {"period", "kind", "level", "organizationCode", "page", "pageSize"})
public class GetEvents {

    @XmlElement(name = "Period")
    public String period;

    @XmlElement(name = "Kind")
    public String kind;

    @XmlElement(name = "Level")
    public String level;

    @XmlElement(name = "OrganizationCode")
    public String organizationCode;

    @XmlElement(name = "Page")
    public Integer page;

    @XmlElement(name = "PageSize")
    public Integer pageSize;
}
