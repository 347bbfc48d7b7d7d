package ru.smolensk.registry.integration.exchange;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The SOAP header of every request, echoed in the response. */
@XmlRootElement(name = "ExchangeHeader")
@XmlType(name = "ExchangeHeader", propOrder = {"messageId", "referenceMessageId", "sender", "recipient",
        "timestamp", "testMessage"})
public class ExchangeHeader {

    @XmlElement(name = "MessageId", required = true)
    public String messageId;

    @XmlElement(name = "ReferenceMessageId")
    public String referenceMessageId;

    @XmlElement(name = "Sender", required = true)
    public String sender;

    @XmlElement(name = "Recipient", required = true)
    public String recipient;

    /** The sender's time of the message, {@code xs:dateTime} as written. */
    @XmlElement(name = "Timestamp", required = true)
    public String timestamp;

    @XmlElement(name = "TestMessage")
    public Boolean testMessage;
}
