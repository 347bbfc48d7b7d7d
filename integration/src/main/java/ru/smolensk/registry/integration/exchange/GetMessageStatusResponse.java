package ru.smolensk.registry.integration.exchange;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The answer of GetMessageStatus: what the journal knows about the message. */
@XmlRootElement(name = "GetMessageStatusResponse")
@XmlType(name = "", propOrder = {"messageId", "operation", "status", "receivedAt", "answeredAt", "faultCode",
        "testMessage"})
public class GetMessageStatusResponse {

    @XmlElement(name = "MessageId", required = true)
    public String messageId;

    @XmlElement(name = "Operation", required = true)
    public String operation;

    @XmlElement(name = "Status", required = true)
    public String status;

    @XmlElement(name = "ReceivedAt", required = true)
    public String receivedAt;

    @XmlElement(name = "AnsweredAt")
    public String answeredAt;

    @XmlElement(name = "FaultCode")
    public String faultCode;

    @XmlElement(name = "TestMessage")
    public Boolean testMessage;
}
