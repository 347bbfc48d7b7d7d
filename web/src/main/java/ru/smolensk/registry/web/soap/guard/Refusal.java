package ru.smolensk.registry.web.soap.guard;

import ru.smolensk.registry.domain.application.exchange.ExchangeFaultCode;

/** A message refused before it reaches the endpoint, with its fault code and Russian message. */
class Refusal extends Exception {

    private static final long serialVersionUID = 1L;

    private final ExchangeFaultCode code;

    Refusal(ExchangeFaultCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    ExchangeFaultCode code() {
        return code;
    }
}
