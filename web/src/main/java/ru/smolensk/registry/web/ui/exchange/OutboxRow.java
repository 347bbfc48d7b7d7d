package ru.smolensk.registry.web.ui.exchange;

import java.io.Serializable;
import java.time.LocalDateTime;

import ru.smolensk.registry.domain.model.exchange.OutboundMessage;
import ru.smolensk.registry.domain.model.exchange.OutboundStatus;
import ru.smolensk.registry.web.ui.RegionTime;

/** A message of the outbox as the screen lists it: where it goes, how its delivery stands. */
public record OutboxRow(long id, String messageId, String partner, long submissionId, String status, int attempts,
        LocalDateTime createdAt, LocalDateTime nextAttemptAt, LocalDateTime sentAt, String lastError)
        implements
            Serializable {

    private static final long serialVersionUID = 1L;

    static OutboxRow of(OutboundMessage m) {
        return new OutboxRow(m.id(), m.messageId(), m.partner(), m.submissionId(), m.status().name(), m.attempts(),
                RegionTime.of(m.createdAt()), RegionTime.of(m.nextAttemptAt()), RegionTime.of(m.sentAt()),
                m.lastError());
    }

    /** Not yet delivered: an administrator may send it again at once. */
    public boolean resendable() {
        return !OutboundStatus.SENT.name().equals(status);
    }
}
