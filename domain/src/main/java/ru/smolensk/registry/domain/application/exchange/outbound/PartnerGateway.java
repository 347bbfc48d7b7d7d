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

    /**
     * The outcome of one attempt: accepted or the error, with what was sent (the operation's element), its size and
     * SHA-256.
     */
    record Delivery(boolean accepted, String error, String body, long sizeBytes, String sha256) {

        public static Delivery accepted(String body, long sizeBytes, String sha256) {
            return new Delivery(true, null, body, sizeBytes, sha256);
        }

        public static Delivery failed(String error, String body, long sizeBytes, String sha256) {
            return new Delivery(false, error, body, sizeBytes, sha256);
        }
    }
}
