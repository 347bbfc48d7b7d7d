package ru.smolensk.registry.integration.exchange;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The request of GetMessageStatus: the id of an earlier message of the caller. */
@XmlRootElement(name = "GetMessageStatus")
@XmlType(name = "", propOrder = {"messageId"})
public class GetMessageStatus {

    @XmlElement(name = "MessageId", required = true)
    public String messageId;
}
