package ru.smolensk.registry.domain.testing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ru.smolensk.registry.domain.model.exchange.ExchangeDirection;
import ru.smolensk.registry.domain.model.exchange.ExchangeJournal;
import ru.smolensk.registry.domain.model.exchange.ExchangeMessage;
import ru.smolensk.registry.domain.model.exchange.ExchangeStatus;
import ru.smolensk.registry.domain.model.exchange.JournalLine;

/** The exchange journal in memory. */
public final class InMemoryJournal implements ExchangeJournal {

    private final List<ExchangeMessage> all = new ArrayList<>();

    public List<ExchangeMessage> all() {
        return List.copyOf(all);
    }

    @Override
    public Optional<ExchangeMessage> find(String partner, String messageId) {
        return all.stream().filter(m -> m.partner().equals(partner) && m.messageId().equals(messageId)).findFirst();
    }

    @Override
    public ExchangeMessage save(ExchangeMessage message) {
        all.add(message);
        return message;
    }

    @Override
    public int forgetBodiesBefore(OffsetDateTime before) {
        int forgotten = 0;
        for (ExchangeMessage m : all) {
            if (m.receivedAt().isBefore(before) && m.responseBody() != null) {
                m.forgetBodies();
                forgotten++;
            }
        }
        return forgotten;
    }

    @Override
    public Optional<ExchangeMessage> findById(long id) {
        return all.stream().filter(m -> m.id() != null && m.id() == id).findFirst();
    }

    @Override
    public List<JournalLine> search(String partner, ExchangeDirection direction, ExchangeStatus status, int limit) {
        throw new UnsupportedOperationException("the use cases do not list the journal");
    }
}
