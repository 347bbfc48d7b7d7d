package ru.smolensk.registry.domain.application.exchange.outbound;

import java.util.List;

import ru.smolensk.registry.domain.application.exchange.ExchangedEvent;

/** Sends records to a partner system with SubmitEvents (implemented by the integration layer). */
public interface PartnerGateway {

    /**
     * Sends the records under the message id; never throws for a failed delivery, the outcome tells.
     *
     * @param partner the partner's code in the configuration
     */
    Delivery submit(String partner, String messageId, List<ExchangedEvent> events);

    /** The outcome of one attempt: accepted or the error, with the size and SHA-256 of what was sent. */
    record Delivery(boolean accepted, String error, long sizeBytes, String sha256) {

        public static Delivery accepted(long sizeBytes, String sha256) {
            return new Delivery(true, null, sizeBytes, sha256);
        }

        public static Delivery failed(String error, long sizeBytes, String sha256) {
            return new Delivery(false, error, sizeBytes, sha256);
        }
    }
}
