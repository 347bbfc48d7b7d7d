package ru.smolensk.registry.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.exchange.ExchangeDirection;
import ru.smolensk.registry.domain.model.exchange.ExchangeMessage;
import ru.smolensk.registry.domain.model.exchange.ExchangeStatus;
import ru.smolensk.registry.domain.model.exchange.JournalFilter;
import ru.smolensk.registry.domain.model.exchange.JournalLine;
import ru.smolensk.registry.persistence.testing.TestDatabase;

/**
 * The exchange journal: the message as received and its answer are kept and dropped after the retention (the
 * entries stay); lists carry no bodies and filter by partner, direction and status.
 */
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
                at, 100, "0".repeat(64), "<SubmitEvents>" + "запись ".repeat(10_000) + "</SubmitEvents>");
        message.answer(ExchangeStatus.PROCESSED, null, "{\"receipt\":1}", at);
        message.keepReceipt("4".repeat(64), "r1\tCREATED");
        return inTransaction(em -> new JpaExchangeJournal(em).save(message));
    }

    @Test
    void bodiesOlderThanTheRetentionAreDroppedAndTheEntriesStay() {
        String partner = "retention-" + UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime now = OffsetDateTime.now();
        ExchangeMessage old = journaled(partner, now.minusDays(120));
        ExchangeMessage recent = journaled(partner, now.minusDays(3));

        inTransaction(em -> new JpaExchangeJournal(em).forgetBodiesBefore(now.minusDays(90), 1000));

        inTransaction(em -> {
            JpaExchangeJournal journal = new JpaExchangeJournal(em);
            ExchangeMessage keptEntry = journal.findById(old.id()).orElseThrow();
            assertNull(keptEntry.responseBody());
            assertNull(keptEntry.requestBody());
            assertNull(keptEntry.receipt(), "the receipt kept for replays goes with the bodies");
            assertEquals(ExchangeStatus.PROCESSED, keptEntry.status());
            ExchangeMessage kept = journal.findById(recent.id()).orElseThrow();
            assertEquals("{\"receipt\":1}", kept.responseBody());
            assertEquals("r1\tCREATED", kept.receipt());
            assertEquals(70_029, kept.requestBody().length(), "a large message is kept whole");
            assertEquals(2, journal.search(JournalFilter.of(partner, null, null, 10)).size());
            return null;
        });
    }

    @Test
    void aLargeRetentionIsForgottenInBatchesOldestFirst() {
        String partner = "batches-" + UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime now = OffsetDateTime.now();
        // the retention's moment lies before every other test's messages: only these three are old enough
        OffsetDateTime before = now.minusYears(50);
        List<ExchangeMessage> old = List.of(journaled(partner, before.minusDays(3)),
                journaled(partner, before.minusDays(2)), journaled(partner, before.minusDays(1)));

        assertEquals(2, (int) inTransaction(em -> new JpaExchangeJournal(em).forgetBodiesBefore(before, 2)));
        inTransaction(em -> {
            JpaExchangeJournal journal = new JpaExchangeJournal(em);
            assertNull(journal.findById(old.get(0).id()).orElseThrow().requestBody(), "the oldest first");
            assertNull(journal.findById(old.get(1).id()).orElseThrow().requestBody());
            assertEquals("{\"receipt\":1}", journal.findById(old.get(2).id()).orElseThrow().responseBody(),
                    "beyond the batch: kept until the next one");
            return null;
        });
        assertEquals(1, (int) inTransaction(em -> new JpaExchangeJournal(em).forgetBodiesBefore(before, 2)));
        assertEquals(0, (int) inTransaction(em -> new JpaExchangeJournal(em).forgetBodiesBefore(before, 2)));
    }

    @Test
    void refusalsAndReadsMayRepeatAnIdButOnlyTheProcessedMessageIsFoundAndKeptUnique() {
        String partner = "recorded-" + UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime now = OffsetDateTime.now();
        ExchangeMessage processed = journaled(partner, now);
        for (String fault : new String[]{"INVALID_CONTENT", "DUPLICATE_MESSAGE_ID"}) {
            inTransaction(em -> new JpaExchangeJournal(em).save(ExchangeMessage.recorded(partner,
                    processed.messageId(), null, "SubmitEvents", now, 10, "1".repeat(64), "<не XML\0", fault, now)));
        }

        inTransaction(em -> {
            JpaExchangeJournal journal = new JpaExchangeJournal(em);
            assertEquals(processed.id(), journal.find(partner, processed.messageId()).orElseThrow().id());
            assertEquals(3, journal.search(JournalFilter.of(partner, null, null, 10)).size());
            List<JournalLine> refused = journal
                    .search(JournalFilter.of(partner, ExchangeDirection.IN, ExchangeStatus.REFUSED, 10));
            assertEquals(2, refused.size());
            assertEquals(Set.of("INVALID_CONTENT", "DUPLICATE_MESSAGE_ID"),
                    refused.stream().map(JournalLine::faultCode).collect(Collectors.toSet()));
            assertTrue(refused.get(0).sizeBytes() == 10 && "SubmitEvents".equals(refused.get(0).operation()),
                    refused.get(0).toString());
            assertEquals("<не XML\uFFFD", journal.findById(refused.get(0).id()).orElseThrow().requestBody(),
                    "a NUL of a refused message is kept as U+FFFD (PostgreSQL's text holds no NUL)");
            assertTrue(journal.search(JournalFilter.of(partner, ExchangeDirection.OUT, null, 10)).isEmpty());
            return null;
        });
        inTransaction(em -> {
            JpaExchangeJournal journal = new JpaExchangeJournal(em);
            assertEquals(processed.id(), journal.findUsed(partner, processed.messageId()).orElseThrow().id(),
                    "refusals do not use up an id");
            assertEquals(ExchangeStatus.REFUSED, journal.findLatest(partner, processed.messageId()).orElseThrow()
                    .status());
            return null;
        });
        String testId = UUID.randomUUID().toString();
        inTransaction(em -> new JpaExchangeJournal(em).save(ExchangeMessage.recorded(partner, testId, null, "Ping",
                now.plusSeconds(1), 10, "3".repeat(64), "<Ping/>", null, now).markTest(true)
                .answeredWith("<PingResponse/>", "answer-" + testId.substring(7))));
        inTransaction(em -> {
            JpaExchangeJournal journal = new JpaExchangeJournal(em);
            assertTrue(journal.exchanged(partner, testId));
            assertTrue(journal.exchanged(partner, "answer-" + testId.substring(7)), "the id of an answer counts");
            assertTrue(!journal.exchanged(partner, UUID.randomUUID().toString()));
            List<JournalLine> tests = journal.search(new JournalFilter(partner, null, null, null, true, 0, 10));
            assertEquals(List.of(testId), tests.stream().map(JournalLine::messageId).toList());
            assertEquals(3, journal.search(new JournalFilter(partner, null, null, null, false, 0, 10)).size());
            assertEquals(3, journal.search(new JournalFilter(partner, null, null, processed.messageId(), null, 0,
                    10)).size());
            List<JournalLine> all = journal.search(JournalFilter.of(partner, null, null, 10));
            assertEquals(all.subList(1, 3), journal.search(new JournalFilter(partner, null, null, null, null, 1, 2)));
            return null;
        });
        ExchangeMessage again = ExchangeMessage.received(partner, processed.messageId(), null, "SubmitEvents", now,
                100, "2".repeat(64), null);
        assertThrows(RuntimeException.class, () -> inTransaction(em -> new JpaExchangeJournal(em).save(again)));
    }
}
