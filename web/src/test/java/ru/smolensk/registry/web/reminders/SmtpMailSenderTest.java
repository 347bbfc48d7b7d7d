package ru.smolensk.registry.web.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import ru.smolensk.registry.domain.application.campaign.reminder.MailSender;

/** The SMTP sender of reminders against a real SMTP server started by the test. */
class SmtpMailSenderTest {

    private static final int PORT = 39025;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP));

    @Test
    void sendsAPlainRussianLetter() throws Exception {
        new SmtpMailSender("127.0.0.1", PORT, null, null, false, "registry@smolensk.example")
                .send("international@shumyachi.example", "Напоминание: срок сдачи отчета за 2026-Q1 — 15.04.2026",
                        "Уважаемые коллеги!\n\nНапоминаем о сроке.\n");

        assertTrue(SMTP.waitForIncomingEmail(5000, 1));
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertEquals("Напоминание: срок сдачи отчета за 2026-Q1 — 15.04.2026", received.getSubject());
        assertEquals("registry@smolensk.example", ((InternetAddress) received.getFrom()[0]).getAddress());
        assertEquals("Реестр международных мероприятий", ((InternetAddress) received.getFrom()[0]).getPersonal());
        assertEquals("international@shumyachi.example", received.getAllRecipients()[0].toString());
        assertTrue(GreenMailUtil.getBody(received).contains("Уважаемые коллеги")
                || received.getContent().toString().contains("Уважаемые коллеги"), GreenMailUtil.getBody(received));
    }

    @Test
    void aServerThatIsNotThereIsAMailFailure() {
        MailSender sender = new SmtpMailSender("127.0.0.1", PORT + 1, null, null, false, "registry@localhost");
        assertThrows(MailSender.MailFailure.class, () -> sender.send("a@b.example", "x", "y"));
    }
}
