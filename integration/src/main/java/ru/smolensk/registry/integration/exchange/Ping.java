package ru.smolensk.registry.integration.exchange;

import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The request of Ping: checks the connection and the credentials; changes nothing. */
@XmlRootElement(name = "Ping")
@XmlType(name = "")
public class Ping {
}
