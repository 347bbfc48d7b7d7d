package ru.smolensk.registry.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import ru.smolensk.registry.domain.model.exchange.PartnerCertificate;
import ru.smolensk.registry.domain.model.exchange.PartnerCertificates;

/** Partner certificates in the {@code partner_certificate} table. */
@ApplicationScoped
public class JpaPartnerCertificates implements PartnerCertificates {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    protected JpaPartnerCertificates() {
    }

    public JpaPartnerCertificates(EntityManager em) {
        this.em = em;
    }

    @Override
    public PartnerCertificate save(PartnerCertificate certificate) {
        return Persisting.save(em, certificate, certificate.id());
    }

    @Override
    public Optional<PartnerCertificate> findById(long id) {
        return Optional.ofNullable(em.find(PartnerCertificate.class, id));
    }

    @Override
    public Optional<PartnerCertificate> findByFingerprint(String fingerprint) {
        return em.createQuery("select c from PartnerCertificate c where c.fingerprint = :fingerprint",
                PartnerCertificate.class).setParameter("fingerprint", fingerprint).getResultStream().findFirst();
    }

    @Override
    public List<PartnerCertificate> list(String partner) {
        TypedQuery<PartnerCertificate> query = em.createQuery("select c from PartnerCertificate c"
                + (partner == null ? "" : " where c.partner = :partner") + " order by c.uploadedAt desc, c.id desc",
                PartnerCertificate.class);
        if (partner != null) {
            query.setParameter("partner", partner);
        }
        return query.setMaxResults(1000).getResultList();
    }
}
