package ru.smolensk.registry.integration.exchange;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The request of GetDocument: which consolidated official document. */
@XmlRootElement(name = "GetDocument")
@XmlType(name = "", propOrder = {"kind", "level", "period"})
public class GetDocument {

    @XmlElement(name = "Kind", required = true)
    public String kind;

    @XmlElement(name = "Level", required = true)
    public String level;

    @XmlElement(name = "Period", required = true)
    public String period;
}
