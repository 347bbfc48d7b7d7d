package ru.smolensk.registry.domain.model.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class PartnerCertificateTest {

    private static final OffsetDateTime FROM = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime TO = FROM.plusYears(1);

    private static PartnerCertificate certificate() {
        return PartnerCertificate.uploaded("federal", new PartnerCertificate.Facts("ab".repeat(32), "CN=federal",
                "CN=federal", "1", FROM, TO, "MIIB"), "admin", FROM);
    }

    @Test
    void aCertificateIsValidWithinItsPeriodOnly() {
        PartnerCertificate c = certificate();
        assertEquals(PartnerCertificate.State.NOT_YET_VALID, c.stateAt(FROM.minusSeconds(1)));
        assertEquals(PartnerCertificate.State.VALID, c.stateAt(FROM));
        assertEquals(PartnerCertificate.State.VALID, c.stateAt(TO));
        assertEquals(PartnerCertificate.State.EXPIRED, c.stateAt(TO.plusSeconds(1)));
    }

    @Test
    void aRevocationCountsFromItsMomentAndIsKeptOnce() {
        PartnerCertificate c = certificate();
        OffsetDateTime revoked = FROM.plusMonths(3);
        c.revoke("admin", revoked, "ключ скомпрометирован");
        c.revoke("other", revoked.plusDays(1), "again");
        assertEquals(PartnerCertificate.State.VALID, c.stateAt(revoked.minusSeconds(1)));
        assertEquals(PartnerCertificate.State.REVOKED, c.stateAt(revoked));
        assertEquals("admin", c.revokedBy());
        assertEquals("ключ скомпрометирован", c.revokeReason());
    }
}
