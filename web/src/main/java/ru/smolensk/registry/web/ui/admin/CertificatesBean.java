package ru.smolensk.registry.web.ui.admin;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;

import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.smolensk.registry.domain.application.exchange.PartnerCertificateService;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.integration.exchange.signature.Certificates;
import ru.smolensk.registry.web.exchange.signature.CertificateFacts;
import ru.smolensk.registry.web.exchange.signature.RegistrySignature;
import ru.smolensk.registry.web.ui.Texts;
import ru.smolensk.registry.web.ui.state.PageStateBean;

/**
 * The administration screen of the signed exchange: the registry's own certificate (to hand to partners), the
 * partners' certificates with their validity and state, binding a certificate (PEM) to a partner account and
 * revoking one with a reason.
 */
@Named("certificatesAdmin")
@ViewScoped(saveInViewState = true)
public class CertificatesBean extends PageStateBean {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PartnerCertificateService certificates;

    @Inject
    transient RegistrySignature signature;

    private List<CertificateRow> rows;
    private String partner;
    private String pem;
    private String reason;

    /** Binds the pasted certificate to the partner account of the form. */
    public void bind() {
        X509Certificate certificate;
        try {
            certificate = Certificates.parse((pem == null ? "" : pem.strip()).getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            Texts.error("certificates.notCertificate");
            return;
        }
        try {
            certificates.upload(partner, CertificateFacts.of(certificate));
        } catch (DomainException e) {
            Texts.errorText(e.getMessage());
            return;
        }
        Texts.info("certificates.bound", partner.strip());
        rows = null;
        partner = null;
        pem = null;
    }

    /** Revokes a certificate with the reason of the form. */
    public void revoke(CertificateRow row) {
        try {
            certificates.revoke(row.id(), reason);
        } catch (DomainException e) {
            Texts.errorText(e.getMessage());
            return;
        }
        Texts.info("certificates.revoked", row.partner());
        rows = null;
        reason = null;
    }

    public List<CertificateRow> getRows() {
        if (rows == null) {
            try {
                rows = certificates.list(null).stream().map(CertificateRow::of).toList();
            } catch (DomainException e) {
                Texts.errorText(e.getMessage());
                rows = List.of();
            }
        }
        return rows;
    }

    /** The registry's certificate (PEM), or null when no key is configured. */
    public String getRegistryPem() {
        X509Certificate own = signature.certificate();
        return own == null ? null : Certificates.pem(own);
    }

    public String getRegistrySubject() {
        X509Certificate own = signature.certificate();
        return own == null ? signature.problem() : own.getSubjectX500Principal().getName();
    }

    public String getRegistryFingerprint() {
        X509Certificate own = signature.certificate();
        return own == null ? null : Certificates.fingerprint(own);
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public String getPem() {
        return pem;
    }

    public void setPem(String pem) {
        this.pem = pem;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
