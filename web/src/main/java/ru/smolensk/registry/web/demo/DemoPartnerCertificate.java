package ru.smolensk.registry.web.demo;

import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ru.smolensk.registry.domain.application.exchange.PartnerCertificateService;
import ru.smolensk.registry.web.exchange.signature.CertificateFacts;
import ru.smolensk.registry.web.exchange.signature.DemoSignatureKeys;

/**
 * Demo mode: the demo partner {@code federal} gets a demo key store (made at first start, see
 * {@link DemoSignatureKeys}) and its certificate is bound to the account, so that the demo exchange works at once.
 */
@ApplicationScoped
public class DemoPartnerCertificate {

    private static final Logger LOG = Logger.getLogger(DemoPartnerCertificate.class.getName());

    @Inject
    PartnerCertificateService certificates;

    void ensureBound() {
        try {
            Path file = DemoSignatureKeys.partnerKeyStore();
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, DemoSignatureKeys.PASSWORD.toCharArray());
            }
            X509Certificate certificate = (X509Certificate) store.getCertificate("demo");
            certificates.bindAsSystem(DemoSignatureKeys.PARTNER, CertificateFacts.of(certificate));
            LOG.info("Demo: the partner " + DemoSignatureKeys.PARTNER + " signs with the demo key " + file);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Demo: the demo partner's certificate is not bound", e);
        }
    }
}
