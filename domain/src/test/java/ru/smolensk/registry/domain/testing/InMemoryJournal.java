package ru.smolensk.registry.domain.testing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import ru.smolensk.registry.domain.model.exchange.ExchangeDirection;
import ru.smolensk.registry.domain.model.exchange.ExchangeJournal;
import ru.smolensk.registry.domain.model.exchange.ExchangeMessage;
import ru.smolensk.registry.domain.model.exchange.ExchangeStatus;
import ru.smolensk.registry.domain.model.exchange.JournalFilter;
import ru.smolensk.registry.domain.model.exchange.JournalLine;

/** The exchange journal in memory, with the semantics of the JPA journal's queries. */
public final class InMemoryJournal implements ExchangeJournal {

    private static final Comparator<ExchangeMessage> NEWEST_FIRST = Comparator
            .comparing(ExchangeMessage::receivedAt).thenComparing(ExchangeMessage::id).reversed();

    private final List<ExchangeMessage> all = new ArrayList<>();
    private long nextId = 1;

    public List<ExchangeMessage> all() {
        return List.copyOf(all);
    }

    @Override
    public Optional<ExchangeMessage> find(String partner, String messageId) {
        return all.stream().filter(m -> m.partner().equals(partner) && m.messageId().equals(messageId))
                .filter(ExchangeMessage::isDeduplicated).findFirst();
    }

    @Override
    public ExchangeMessage save(ExchangeMessage message) {
        if (message.id() == null) {
            Fields.set(message, "id", nextId++);
            all.add(message);
        }
        return message;
    }

    @Override
    public int forgetBodiesBefore(OffsetDateTime before, int limit) {
        int forgotten = 0;
        for (ExchangeMessage m : all) {
            if (forgotten < limit && m.receivedAt().isBefore(before)
                    && (m.requestBody() != null || m.responseBody() != null || m.receipt() != null)) {
                m.forgetBodies();
                forgotten++;
            }
        }
        return forgotten;
    }

    @Override
    public Optional<ExchangeMessage> findById(long id) {
        return all.stream().filter(m -> m.id() == id).findFirst();
    }

    @Override
    public Optional<ExchangeMessage> findUsed(String partner, String messageId) {
        return newestReceived(partner, messageId).filter(m -> m.status() != ExchangeStatus.REFUSED).findFirst();
    }

    @Override
    public Optional<ExchangeMessage> findLatest(String partner, String messageId) {
        return newestReceived(partner, messageId).findFirst();
    }

    @Override
    public boolean exchanged(String partner, String messageId) {
        return all.stream().anyMatch(m -> m.partner().equals(partner)
                && (m.messageId().equals(messageId) || messageId.equals(m.answerMessageId())));
    }

    @Override
    public List<JournalLine> search(JournalFilter filter) {
        Predicate<ExchangeMessage> matches = m -> (filter.partner() == null || filter.partner().equals(m.partner()))
                && (filter.direction() == null || filter.direction() == m.direction())
                && (filter.status() == null || filter.status() == m.status())
                && (filter.messageId() == null || filter.messageId().equals(m.messageId())
                        || filter.messageId().equals(m.referenceMessageId()))
                && (filter.test() == null || filter.test() == m.testMessage());
        return all.stream().filter(matches).sorted(NEWEST_FIRST).skip(filter.offset()).limit(filter.limit())
                .map(InMemoryJournal::line).toList();
    }

    private Stream<ExchangeMessage> newestReceived(String partner, String messageId) {
        return all.stream().filter(m -> m.direction() == ExchangeDirection.IN && m.partner().equals(partner)
                && m.messageId().equals(messageId)).sorted(NEWEST_FIRST);
    }

    private static JournalLine line(ExchangeMessage m) {
        return new JournalLine(m.id(), m.messageId(), m.referenceMessageId(), m.partner(), m.operation(),
                m.direction(), m.receivedAt(), m.answeredAt(), m.sizeBytes(), m.bodySha256(), m.status(),
                m.faultCode(), m.testMessage(), m.replayOfEntry());
    }
}
