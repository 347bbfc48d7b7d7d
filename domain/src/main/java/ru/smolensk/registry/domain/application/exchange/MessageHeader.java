package ru.smolensk.registry.domain.application.exchange;

/**
 * The header of every exchange message: the sender's message id (a UUID), the message it answers or
 * refers to, sender and recipient system codes, the sender's timestamp and whether it is a test message
 * (a test message is processed but nothing is written).
 */
public record MessageHeader(String messageId, String referenceMessageId, String sender, String recipient,
        String timestamp, boolean test) {
}
