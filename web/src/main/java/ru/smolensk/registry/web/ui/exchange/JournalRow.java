package ru.smolensk.registry.web.ui.exchange;

import java.io.Serializable;
import java.time.LocalDateTime;

import ru.smolensk.registry.domain.model.exchange.JournalLine;
import ru.smolensk.registry.web.ui.RegionTime;

/** One message of the exchange journal as the screen lists it (times in the region's time). */
public record JournalRow(long id, String messageId, String partner, String operation, String direction,
        LocalDateTime at, long sizeBytes, String status, String faultCode, String sha256) implements Serializable {

    private static final long serialVersionUID = 1L;

    static JournalRow of(JournalLine line) {
        return new JournalRow(line.id(), line.messageId(), line.partner(), line.operation(), line.direction().name(),
                RegionTime.of(line.receivedAt()), line.sizeBytes(), line.status().name(), line.faultCode(),
                line.bodySha256());
    }
}
