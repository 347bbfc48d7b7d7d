package ru.smolensk.registry.integration.exchange;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The request of GetChanges: the cursor of the previous answer (none for everything) and a page size. */
@XmlRootElement(name = "GetChanges")
@XmlType(name = "", propOrder = {"cursor", "maxSubmissions"})
public class GetChanges {

    @XmlElement(name = "Cursor")
    public String cursor;

    /** How many approved plans and reports the answer may hold (1–50, 10 by default). */
    @XmlElement(name = "MaxSubmissions")
    public Integer maxSubmissions;
}
