package ru.smolensk.registry.integration.exchange;

import jakarta.xml.ws.WebFault;

import ru.smolensk.registry.domain.application.exchange.ExchangeException;

/** The typed SOAP fault {@code ExchangeFault}: the message is refused as a whole. */
@WebFault(name = "ExchangeFault", targetNamespace = ExchangeContract.NAMESPACE)
public class ExchangeFaultException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient ExchangeFault faultInfo;

    public ExchangeFaultException(String message, ExchangeFault faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public ExchangeFaultException(String message, ExchangeFault faultInfo, Throwable cause) {
        super(message, cause);
        this.faultInfo = faultInfo;
    }

    /** The fault for a refusal by the exchange use cases. */
    public static ExchangeFaultException of(ExchangeException refusal) {
        return new ExchangeFaultException(refusal.getMessage(),
                new ExchangeFault(refusal.faultCode().name(), refusal.getMessage()), refusal);
    }

    public ExchangeFault getFaultInfo() {
        return faultInfo;
    }
}
