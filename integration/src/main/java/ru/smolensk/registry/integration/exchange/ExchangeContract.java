package ru.smolensk.registry.integration.exchange;

/** Names of the exchange contract, version 1.0. */
public final class ExchangeContract {

    /** The target namespace of the WSDL and the schema. */
    public static final String NAMESPACE = "urn:smolensk:registry:exchange:1.0";

    /** The contract on the class path, as the endpoint's {@code wsdlLocation}. */
    public static final String WSDL_LOCATION = "wsdl/EventExchange-1.0.wsdl";

    public static final String SERVICE_NAME = "EventExchange";
    public static final String PORT_NAME = "EventExchangePort";
    /** The port of the same contract with MTOM/XOP packaging. */
    public static final String MTOM_PORT_NAME = "EventExchangeMtomPort";
    public static final String PORT_TYPE_NAME = "EventExchangePortType";

    private ExchangeContract() {
    }
}
