package ru.smolensk.registry.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.exchange.ExchangeMessage;
import ru.smolensk.registry.domain.model.exchange.ExchangeStatus;
import ru.smolensk.registry.persistence.testing.TestDatabase;

/** Retention of the exchange journal: old bodies are dropped, the entries stay. */
class JpaExchangeJournalTest {

    private static EntityManagerFactory emf;

    @BeforeAll
    static void open() {
        emf = TestDatabase.migrated().entityManagerFactory();
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        return TestDatabase.inTransaction(emf, work);
    }

    private static ExchangeMessage journaled(String partner, OffsetDateTime at) {
        ExchangeMessage message = ExchangeMessage.received(partner, UUID.randomUUID().toString(), null, "SubmitEvents",
                at, 100, "0".repeat(64));
        message.answer(ExchangeStatus.PROCESSED, null, "{\"receipt\":1}", at);
        return inTransaction(em -> new JpaExchangeJournal(em).save(message));
    }

    @Test
    void bodiesOlderThanTheRetentionAreDroppedAndTheEntriesStay() {
        String partner = "retention-" + UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime now = OffsetDateTime.now();
        ExchangeMessage old = journaled(partner, now.minusDays(120));
        ExchangeMessage recent = journaled(partner, now.minusDays(3));

        inTransaction(em -> new JpaExchangeJournal(em).forgetBodiesBefore(now.minusDays(90)));

        inTransaction(em -> {
            JpaExchangeJournal journal = new JpaExchangeJournal(em);
            ExchangeMessage keptEntry = journal.find(partner, old.messageId()).orElseThrow();
            assertNull(keptEntry.responseBody());
            assertEquals(ExchangeStatus.PROCESSED, keptEntry.status());
            assertEquals("{\"receipt\":1}", journal.find(partner, recent.messageId()).orElseThrow().responseBody());
            assertEquals(2, journal.search(partner, null, 10).size());
            return null;
        });
    }

    @Test
    void refusalsAndReadsMayRepeatAnIdButOnlyTheProcessedMessageIsFoundAndKeptUnique() {
        String partner = "recorded-" + UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime now = OffsetDateTime.now();
        ExchangeMessage processed = journaled(partner, now);
        for (String fault : new String[]{"INVALID_CONTENT", "DUPLICATE_MESSAGE_ID"}) {
            inTransaction(em -> new JpaExchangeJournal(em).save(ExchangeMessage.recorded(partner,
                    processed.messageId(), null, "SubmitEvents", now, 10, "1".repeat(64), fault, now)));
        }

        inTransaction(em -> {
            JpaExchangeJournal journal = new JpaExchangeJournal(em);
            assertEquals(processed.id(), journal.find(partner, processed.messageId()).orElseThrow().id());
            assertEquals(3, journal.search(partner, null, 10).size());
            assertEquals(2, journal.search(partner, null, 10).stream()
                    .filter(m -> m.status() == ExchangeStatus.REFUSED).count());
            return null;
        });
        ExchangeMessage again = ExchangeMessage.received(partner, processed.messageId(), null, "SubmitEvents", now,
                100, "2".repeat(64));
        assertThrows(RuntimeException.class, () -> inTransaction(em -> new JpaExchangeJournal(em).save(again)));
    }
}
