package ru.smolensk.registry.web.soap.guard;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.w3c.dom.Document;

import ru.smolensk.registry.domain.application.exchange.ExchangeFaultCode;
import ru.smolensk.registry.domain.application.exchange.ExchangeJournaling.SignatureEvidence;
import ru.smolensk.registry.domain.application.exchange.PartnerCertificateService;
import ru.smolensk.registry.domain.application.exchange.PartnerCertificateService.Decision;
import ru.smolensk.registry.integration.exchange.signature.Certificates;
import ru.smolensk.registry.integration.exchange.signature.EnvelopeSigner;
import ru.smolensk.registry.integration.exchange.signature.SignatureRefusal;
import ru.smolensk.registry.integration.exchange.signature.VerifiedSignature;
import ru.smolensk.registry.integration.exchange.signature.WsSecurity;
import ru.smolensk.registry.web.exchange.signature.RegistrySignature;

/**
 * The signature step of the guard: a request must be signed (WS-Security) with a valid, unrevoked certificate bound
 * to the caller's partner account, over the body, the ExchangeHeader and a fresh timestamp; answers and faults leave
 * signed with the registry's key.
 */
@ApplicationScoped
public class SignatureGuard {

    private static final Logger LOG = Logger.getLogger(SignatureGuard.class.getName());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final String VERIFIED = "VERIFIED";

    @Inject
    RegistrySignature registry;

    @Inject
    PartnerCertificateService certificates;

    /** A refusal with what was learnt of the signature, for the journal. */
    static final class Refused extends Refusal {
        private static final long serialVersionUID = 1L;
        private final transient SignatureEvidence evidence;

        Refused(ExchangeFaultCode code, String message, SignatureEvidence evidence) {
            super(code, message);
            this.evidence = evidence;
        }

        SignatureEvidence evidence() {
            return evidence;
        }
    }

    /** Checks the signature of an envelope sent by a partner account; the evidence when it is accepted. */
    SignatureEvidence check(byte[] envelope, String partner) throws Refused {
        if (registry.signer() == null) {
            throw new Refused(ExchangeFaultCode.INTERNAL_ERROR, registry.problem()
                    + "; сообщения не принимаются, обратитесь к администратору реестра", null);
        }
        VerifiedSignature verified;
        try {
            Document document = WsSecurity.parse(envelope);
            verified = registry.verifier().verify(document, Instant.now());
        } catch (SignatureRefusal refusal) {
            ExchangeFaultCode code = refusal.kind() == SignatureRefusal.Kind.STALE_TIMESTAMP
                    ? ExchangeFaultCode.STALE_TIMESTAMP
                    : ExchangeFaultCode.INVALID_SIGNATURE;
            throw new Refused(code, refusal.getMessage(), new SignatureEvidence(code.name(), null, null, null));
        } catch (IllegalArgumentException e) {
            throw new Refused(ExchangeFaultCode.INVALID_SIGNATURE, "Подпись сообщения не проверяется",
                    new SignatureEvidence(ExchangeFaultCode.INVALID_SIGNATURE.name(), null, null, null));
        }
        String fingerprint = verified.fingerprint();
        String subject = verified.certificate().getSubjectX500Principal().getName();
        String der = Base64.getEncoder().encodeToString(Certificates.der(verified.certificate()));
        Decision decision = certificates.check(partner, fingerprint, OffsetDateTime.now());
        ExchangeFaultCode refusal = switch (decision.trust()) {
            case TRUSTED -> null;
            case UNKNOWN, OTHER_PARTNER -> ExchangeFaultCode.UNKNOWN_CERTIFICATE;
            case EXPIRED, NOT_YET_VALID, REVOKED -> ExchangeFaultCode.EXPIRED_CERTIFICATE;
        };
        if (refusal == null) {
            return new SignatureEvidence(VERIFIED, fingerprint, subject, der);
        }
        throw new Refused(refusal, message(decision, subject, fingerprint, partner),
                new SignatureEvidence(refusal.name(), fingerprint, subject, der));
    }

    private static String message(Decision decision, String subject, String fingerprint, String partner) {
        return switch (decision.trust()) {
            case UNKNOWN -> "Сертификат подписи «" + subject + "» (SHA-256 " + fingerprint
                    + ") не зарегистрирован в реестре; передайте его администратору реестра";
            case OTHER_PARTNER -> "Сертификат подписи «" + subject + "» зарегистрирован не для учетной записи «"
                    + partner + "»";
            case EXPIRED -> "Срок действия сертификата подписи «" + subject + "» истек "
                    + DATE.format(decision.certificate().notAfter());
            case NOT_YET_VALID -> "Сертификат подписи «" + subject + "» действует только с "
                    + DATE.format(decision.certificate().notBefore());
            case REVOKED -> "Сертификат подписи «" + subject + "» отозван " + DATE.format(decision.certificate()
                    .revokedAt()) + ": " + decision.certificate().revokeReason();
            case TRUSTED -> "";
        };
    }

    /** An envelope signed with the registry's key; unchanged when there is no key or it is no SOAP 1.1 envelope. */
    byte[] signAnswer(byte[] envelope) {
        EnvelopeSigner signer = registry.signer();
        if (signer == null || envelope.length == 0) {
            return envelope;
        }
        try {
            Document document = WsSecurity.parse(envelope);
            signer.sign(document, Instant.now());
            return WsSecurity.serialize(document);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Exchange answer not signed", e);
            return envelope;
        }
    }
}
