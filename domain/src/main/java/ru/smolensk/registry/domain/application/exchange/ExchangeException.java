package ru.smolensk.registry.domain.application.exchange;

import ru.smolensk.registry.domain.model.shared.DomainException;

/** An exchange message is refused as a whole; nothing of it is written. */
public class ExchangeException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final ExchangeFaultCode faultCode;

    public ExchangeException(ExchangeFaultCode faultCode, String russianMessage) {
        super(faultCode.name(), russianMessage);
        this.faultCode = faultCode;
    }

    public ExchangeFaultCode faultCode() {
        return faultCode;
    }
}
