package ru.smolensk.registry.domain.application.exchange.outbound;

import java.time.Duration;
import java.util.List;

/** Which partners receive approved records and how failed attempts are retried (server configuration). */
public interface OutboundSettings {

    /** Codes of the partners that receive approved records; empty when nothing is sent. */
    List<String> partners();

    /** Attempts before a message is dead. */
    int maxAttempts();

    /** The wait after the first failed attempt; it doubles after every further failure. */
    Duration firstDelay();

    /** The longest wait between attempts. */
    Duration maxDelay();

    /** The wait after the given number of failed attempts: exponential backoff, capped. */
    default Duration delayAfter(int failedAttempts) {
        Duration delay = firstDelay();
        for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay()) > 0 ? maxDelay() : delay;
    }
}
