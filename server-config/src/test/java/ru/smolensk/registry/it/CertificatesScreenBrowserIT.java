package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import ru.smolensk.registry.integration.exchange.signature.Certificates;

/**
 * The administrator's screen of signing certificates in a real browser: the registry's certificate to hand to
 * partners, binding a partner's certificate pasted as PEM, its validity in the region's date format, and revoking it
 * with a reason.
 */
class CertificatesScreenBrowserIT extends ScreenTestSupport {

    @Test
    void theAdministratorBindsAndRevokesAPartnerCertificate() {
        signIn("admin");
        open("/app/admin/certificates.xhtml");
        assertTrue(text(By.id("registryPem")).contains("BEGIN CERTIFICATE"), "the registry's certificate to hand on");
        TestPartner partner = TestPartner.unregistered("screen " + UUID.randomUUID());
        String fingerprint = TestPartner.fingerprint(partner.certificate);
        type(By.id("certificateForm:partner"), "federal");
        type(By.id("certificateForm:pem"), Certificates.pem(partner.certificate));
        click(By.id("certificateForm:bind"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "привязан"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("certificateForm:certificates"),
                fingerprint));
        String table = text(By.id("certificateForm:certificates"));
        assertTrue(table.matches("(?s).*\\d{2}\\.\\d{2}\\.\\d{4} – \\d{2}\\.\\d{2}\\.\\d{4}.*"), table);
        screenshot("admin-certificates");

        type(By.id("certificateForm:reason"), "замена ключа");
        String row = (String) script("var rows = document.querySelectorAll('[id$=\":certificates_data\"] tr');"
                + "for (var i = 0; i < rows.length; i++) { if (rows[i].textContent.indexOf(arguments[0]) >= 0) {"
                + " return rows[i].querySelector('button[id$=\":revoke\"]').id; } } return null;", fingerprint);
        click(By.id(row));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "отозван"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("certificateForm:certificates"),
                "замена ключа"));
        String revoked = text(By.id("certificateForm:certificates"));
        assertTrue(revoked.matches("(?s).*Отозван\\s*:\\s*замена ключа.*"), revoked);
    }
}
