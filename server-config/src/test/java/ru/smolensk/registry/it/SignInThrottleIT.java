package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Brute force against sign-ins: wrong passwords of one account, and of many accounts from one address, are delayed
 * and then refused for a while (429 with {@code Retry-After}), even with the right password; the sign-in form says
 * so in Russian; locks are audited and visible to administrators; and they expire (after four seconds in the system
 * tests, {@code signin.lock-seconds}).
 */
class SignInThrottleIT {

    @Test
    void wrongPasswordsOfOneAccountLockItThenTheLockExpires() throws InterruptedException {
        RegistryClient wrong = RegistryClient.as("shumyachi", "not-the-password");
        int refusedPasswords = 0;
        HttpResponse<String> locked = null;
        for (int attempt = 0; attempt < 15 && locked == null; attempt++) {
            HttpResponse<String> answer = wrong.get("/api/ping");
            if (answer.statusCode() == 401) {
                refusedPasswords++;
                continue;
            }
            assertTooManyAttempts(answer);
            long wait = retryAfter(answer);
            if (wait >= 3) {
                locked = answer;
            } else {
                Thread.sleep(wait * 1000 + 100);
            }
        }
        assertTrue(locked != null, "the account is locked");
        assertEquals(5, refusedPasswords, "locked after five wrong passwords, with delays from the fourth");

        assertTooManyAttempts(RegistryClient.as("shumyachi").get("/api/ping"));
        assertEquals(200, RegistryClient.as("coordinator").get("/api/ping").statusCode(),
                "other accounts of the same address still sign in");

        HttpResponse<String> locks = RegistryClient.as("admin").get("/api/system/sign-in-locks");
        assertEquals(200, locks.statusCode());
        assertTrue(RegistryClient.json(locks).asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(l -> l.getString("key").equals("shumyachi") && l.getBoolean("locked")), locks.body());
        HttpResponse<String> audit = RegistryClient.as("admin")
                .get("/api/audit?entity=SignIn&entityId=ACCOUNT:shumyachi");
        assertEquals(200, audit.statusCode());
        assertTrue(audit.body().contains("\"action\":\"SIGN_IN_LOCK\""), audit.body());
        assertEquals(403, RegistryClient.as("coordinator").get("/api/system/sign-in-locks").statusCode());

        Thread.sleep(retryAfter(locked) * 1000 + 500);
        assertEquals(200, RegistryClient.as("shumyachi").get("/api/ping").statusCode(), "the lock expired");
    }

    @Test
    void theSignInFormSaysInRussianThatSignInIsRefusedForAWhile() throws InterruptedException {
        HttpClient browser = WebSessions.browserLike();
        String page = "";
        for (int attempt = 0; attempt < 6 && !page.contains("Слишком много неудачных попыток входа"); attempt++) {
            HttpResponse<String> answer = WebSessions.signIn(browser, WebSessions.HTTP, "culture", "wrong");
            page = answer.body();
            assertFalse(answer.statusCode() == 302, "a wrong password never signs in");
        }
        assertTrue(page.contains("Слишком много неудачных попыток входа"), page);
        Thread.sleep(2500);
        assertEquals(302, WebSessions.signIn(browser, WebSessions.HTTP, "culture", "culture").statusCode(),
                "after the delay the right password signs in");
    }

    @Test
    void manyFailuresFromOneAddressLockTheAddressForEveryAccount() throws InterruptedException {
        HttpResponse<String> locked = null;
        for (int attempt = 0; attempt < 30 && locked == null; attempt++) {
            HttpResponse<String> answer = RegistryClient.as("nobody-" + attempt, "guess").get("/api/ping");
            if (answer.statusCode() == 429) {
                locked = answer;
            } else {
                assertEquals(401, answer.statusCode());
            }
        }
        assertTrue(locked != null, "the address is locked");
        assertTooManyAttempts(locked);
        assertTooManyAttempts(RegistryClient.as("coordinator").get("/api/ping"));

        Thread.sleep(retryAfter(locked) * 1000 + 500);
        assertEquals(200, RegistryClient.as("coordinator").get("/api/ping").statusCode(), "the lock expired");
        HttpResponse<String> audit = RegistryClient.as("admin").get("/api/audit?entity=SignIn");
        assertTrue(audit.body().contains("\"entityId\":\"ADDRESS:"), audit.body());
    }

    private static void assertTooManyAttempts(HttpResponse<String> answer) {
        assertEquals(429, answer.statusCode(), answer.body());
        assertTrue(retryAfter(answer) >= 1);
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(answer.body().contains("\"code\":\"too-many-sign-in-failures\""), answer.body());
    }

    private static long retryAfter(HttpResponse<String> answer) {
        return Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
    }
}
