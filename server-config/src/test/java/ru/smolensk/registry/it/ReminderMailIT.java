package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * E-mail reminders over a real SMTP server started by this test (the system tests' server is configured to send to
 * it): an organisation with an address that has not handed in its report gets one letter before the deadline, and
 * not a second one.
 */
class ReminderMailIT {

    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 19025);
    private static final String ADDRESS = "international@roslavl.example";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP));

    @BeforeAll
    static void awaitTheApplication() throws InterruptedException {
        Api.awaitTheApplication();
    }

    private static HttpResponse<String> send(String account, String method, String path, String json) {
        RegistryClient client = RegistryClient.as(account);
        return client.send(client.request(path).header("Content-Type", "application/json")
                .method(method, json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static List<MimeMessage> lettersAbout(String period) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(period) && m.getAllRecipients()[0].toString().equals(ADDRESS);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void anOrganisationThatHasNotHandedInIsRemindedOnce() throws Exception {
        assertEquals(422, send("admin", "PUT", "/api/reference/organizations/roslavlsky/email",
                "{\"email\":\"не адрес\"}").statusCode());
        assertEquals(403, send("coordinator", "PUT", "/api/reference/organizations/roslavlsky/email",
                "{\"email\":\"" + ADDRESS + "\"}").statusCode());
        HttpResponse<String> address = send("admin", "PUT", "/api/reference/organizations/roslavlsky/email",
                "{\"email\":\"" + ADDRESS + "\"}");
        assertEquals(200, address.statusCode(), address.body());
        LocalDate today = LocalDate.now();
        HttpResponse<String> campaign = send("coordinator", "PUT", "/api/campaigns/report/municipal/2037-Q3",
                "{\"opensOn\":\"" + today.minusDays(10) + "\",\"closesOn\":\"" + today.plusDays(3) + "\"}");
        assertEquals(200, campaign.statusCode(), campaign.body());

        assertEquals(403, send("smolensk", "POST", "/api/campaigns/reminders/run", null).statusCode());
        HttpResponse<String> run = send("coordinator", "POST", "/api/campaigns/reminders/run", null);
        assertEquals(200, run.statusCode(), run.body());
        JsonObject outcome = RegistryClient.json(run).asJsonObject();
        assertTrue(outcome.getBoolean("enabled"), outcome.toString());
        assertTrue(outcome.getInt("sent") >= 1, outcome.toString());

        List<MimeMessage> letters = lettersAbout("III квартал 2037 года");
        assertEquals(1, letters.size());
        assertTrue(letters.get(0).getSubject().startsWith("Напоминание: срок сдачи отчета за III квартал 2037 года"),
                letters.get(0).getSubject());
        assertTrue(letters.get(0).getContent().toString().contains("Рославльский"),
                letters.get(0).getContent().toString());

        assertEquals(200, send("coordinator", "POST", "/api/campaigns/reminders/run", null).statusCode());
        assertEquals(1, lettersAbout("III квартал 2037 года").size(), "the same reminder is never sent twice");
        String log = RegistryClient.as("coordinator").get("/api/campaigns/reminders").body();
        assertTrue(log.contains(ADDRESS) && log.contains("DUE_SOON"), log);
    }
}
