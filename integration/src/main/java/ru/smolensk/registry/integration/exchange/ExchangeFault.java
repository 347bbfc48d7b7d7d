package ru.smolensk.registry.integration.exchange;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The detail of an exchange fault: a machine code and a Russian message. */
@XmlRootElement(name = "ExchangeFault")
@XmlType(name = "", propOrder = {"code", "message"})
public class ExchangeFault {

    @XmlElement(name = "Code", required = true)
    public String code;

    @XmlElement(name = "Message", required = true)
    public String message;

    public ExchangeFault() {
    }

    public ExchangeFault(String code, String message) {
        this.code = code;
        this.message = message;
    }
}
