package ru.smolensk.registry.integration.exchange;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** The outcome for one record in the receipt. */
@XmlType(name = "RecordResult", propOrder = {"recordId", "status", "entryId", "code", "message"})
public class RecordOutcome {

    @XmlElement(name = "RecordId", required = true)
    public String recordId;

    @XmlElement(name = "Status", required = true)
    public String status;

    @XmlElement(name = "EntryId")
    public Long entryId;

    @XmlElement(name = "Code")
    public String code;

    @XmlElement(name = "Message")
    public String message;
}
