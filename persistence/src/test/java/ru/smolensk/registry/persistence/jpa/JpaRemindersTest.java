package ru.smolensk.registry.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.application.campaign.reminder.MailSender;
import ru.smolensk.registry.domain.application.campaign.reminder.Reminder;
import ru.smolensk.registry.domain.application.campaign.reminder.ReminderService;
import ru.smolensk.registry.domain.model.campaign.Campaign;
import ru.smolensk.registry.domain.model.campaign.ReminderType;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.persistence.testing.TestDatabase;

/**
 * E-mail reminders against a real migrated database: who is due, that a sent reminder is never due again, that a
 * failed mail leaves it due, that two servers sending the same reminder at once send it once without an error, and
 * the addresses of organisations.
 */
class JpaRemindersTest {

    private static final ReportingPeriod Q1 = ReportingPeriod.parse("2036-Q1");
    private static final LocalDate DEADLINE = LocalDate.of(2036, 4, 15);
    private static EntityManagerFactory emf;

    @BeforeAll
    static void createData() {
        emf = TestDatabase.migrated().entityManagerFactory();
        inTransaction(em -> {
            JpaOrganizationRepository organizations = new JpaOrganizationRepository(em);
            organizations.findByCode("smolensk").orElseThrow().changeEmail("smolensk@example.org");
            organizations.findByCode("shumyachsky").orElseThrow().changeEmail(" shumyachi@example.org ");
            Organization velizh = organizations.findByCode("velizhsky").orElseThrow();
            velizh.changeEmail("velizh@example.org");
            new JpaCampaignRepository(em).save(new Campaign(DocumentKind.REPORT, Level.MUNICIPAL, Q1,
                    LocalDate.of(2036, 4, 1), DEADLINE));
            Submission handedIn = new Submission(velizh, Q1, DocumentKind.REPORT, "velizh", OffsetDateTime.now());
            handedIn.submit("velizh", OffsetDateTime.now());
            new JpaSubmissionRepository(em).save(handedIn);
            new JpaSubmissionRepository(em).save(new Submission(organizations.findByCode("smolensk").orElseThrow(),
                    Q1, DocumentKind.REPORT, "smolensk", OffsetDateTime.now()));
            return null;
        });
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        return TestDatabase.inTransaction(emf, work);
    }

    private static ReminderService service(EntityManager em) {
        return new ReminderService(new JpaCampaignRepository(em), new JpaOrganizationRepository(em),
                new JpaSubmissionRepository(em), new JpaSentReminderRepository(em));
    }

    private static List<Reminder> due(LocalDate day) {
        return inTransaction(em -> service(em).due(day, 7, 30));
    }

    @Test
    void remindsThoseWithAnAddressWhoHaveNotHandedInOnce() {
        assertTrue(due(DEADLINE.minusDays(8)).isEmpty(), "too early");
        List<Reminder> soon = due(DEADLINE.minusDays(3));
        assertEquals(List.of("shumyachsky", "smolensk"), soon.stream().map(Reminder::organizationCode).sorted()
                .toList(), "velizh has submitted, the others have no address");
        Reminder smolensk = soon.stream().filter(r -> r.organizationCode().equals("smolensk")).findFirst()
                .orElseThrow();
        assertEquals(ReminderType.DUE_SOON, smolensk.type());
        assertEquals("smolensk@example.org", smolensk.to());
        assertTrue(smolensk.body().contains("черновик"), smolensk.body());
        assertTrue(soon.stream().filter(r -> r.organizationCode().equals("shumyachsky")).findFirst().orElseThrow()
                .body().contains("еще не создан"));

        List<String> mailbox = new ArrayList<>();
        MailSender mail = (to, subject, body) -> mailbox.add(to + ": " + subject);
        assertThrows(MailSender.MailFailure.class, () -> inTransaction(em -> service(em).send(smolensk,
                (to, subject, body) -> {
                    throw new MailSender.MailFailure("server down", null);
                })));
        assertEquals(2, due(DEADLINE.minusDays(3)).size(), "a failed mail stays due");

        boolean first = inTransaction(em -> service(em).send(smolensk, mail));
        boolean second = inTransaction(em -> service(em).send(smolensk, mail));
        assertTrue(first);
        assertFalse(second, "never twice");
        assertEquals(
                List.of("smolensk@example.org: Напоминание: срок сдачи отчета за I квартал 2036 года — 15.04.2036"),
                mailbox);
        assertEquals(List.of("shumyachsky"), due(DEADLINE).stream().map(Reminder::organizationCode).toList());

        List<Reminder> overdue = due(DEADLINE.plusDays(1));
        assertEquals(2, overdue.size());
        assertTrue(overdue.stream().allMatch(r -> r.type() == ReminderType.OVERDUE));
        assertEquals(1, inTransaction(em -> new JpaSentReminderRepository(em).latest(10)).size());
    }

    @Test
    void twoServersSendingTheSameReminderAtOnceSendItOnceWithoutAnError() throws Exception {
        LocalDate deadline = LocalDate.of(2037, 4, 15);
        long campaign = inTransaction(em -> new JpaCampaignRepository(em).save(new Campaign(DocumentKind.REPORT,
                Level.MUNICIPAL, ReportingPeriod.parse("2037-Q1"), LocalDate.of(2037, 4, 1), deadline)).id());
        Reminder reminder = inTransaction(em -> service(em).due(deadline.minusDays(2), 7, 30)).stream()
                .filter(r -> r.campaignId() == campaign && r.organizationCode().equals("smolensk")).findFirst()
                .orElseThrow();
        List<String> mailbox = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch firstRecorded = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = servers.submit(() -> inTransaction(em -> service(em).send(reminder,
                    (to, subject, body) -> {
                        mailbox.add(to);
                        firstRecorded.countDown();
                        awaitQuietly(firstMayCommit);
                    })));
            assertTrue(firstRecorded.await(60, TimeUnit.SECONDS), "the first server recorded the reminder");
            // the second finds nothing committed yet: its insert waits for the first's transaction
            Future<Boolean> second = servers.submit(() -> inTransaction(em -> service(em).send(reminder,
                    (to, subject, body) -> mailbox.add(to))));
            Thread.sleep(300);
            firstMayCommit.countDown();
            assertTrue(first.get(60, TimeUnit.SECONDS));
            assertFalse(second.get(60, TimeUnit.SECONDS), "the second server does not send, and fails with nothing");
            assertEquals(List.of("smolensk@example.org"), mailbox);
        } finally {
            firstMayCommit.countDown();
            servers.shutdownNow();
            inTransaction(em -> em.createNativeQuery("delete from sent_reminder where campaign_id = ?1")
                    .setParameter(1, campaign).executeUpdate());
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anAddressMustLookLikeOne() {
        assertThrows(RuntimeException.class, () -> inTransaction(em -> {
            new JpaOrganizationRepository(em).findByCode("demidovsky").orElseThrow().changeEmail("не адрес");
            return null;
        }));
    }
}
