package ru.smolensk.registry.integration.exchange;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The answer of Ping: the registry's time. */
@XmlRootElement(name = "PingResponse")
@XmlType(name = "", propOrder = {"serverTime"})
public class PingResponse {

    @XmlElement(name = "ServerTime", required = true)
    public String serverTime;
}
