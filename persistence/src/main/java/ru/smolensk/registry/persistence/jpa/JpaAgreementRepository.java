package ru.smolensk.registry.persistence.jpa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import ru.smolensk.registry.domain.model.event.Agreement;
import ru.smolensk.registry.domain.model.event.AgreementRepository;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/** The agreements registry in JPA. */
@ApplicationScoped
public class JpaAgreementRepository implements AgreementRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    protected JpaAgreementRepository() {
    }

    public JpaAgreementRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Agreement> findById(long id) {
        return Optional.ofNullable(em.find(Agreement.class, id));
    }

    @Override
    public List<Agreement> search(ReportingPeriod period, String countryCode, String organizationCode,
            SubmissionStatus onlyStatus, String orOrganization, int limit) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (period != null) {
            conditions.add("s.period = :period");
            parameters.put("period", period);
        }
        if (countryCode != null) {
            conditions.add(":country member of e.countryCodes");
            parameters.put("country", countryCode.toUpperCase(Locale.ROOT));
        }
        if (organizationCode != null) {
            conditions.add("s.organization.code = :org");
            parameters.put("org", organizationCode);
        }
        if (onlyStatus != null) {
            conditions.add(orOrganization == null
                    ? "s.status = :status"
                    : "(s.status = :status or s.organization.code = :own)");
            parameters.put("status", onlyStatus);
            if (orOrganization != null) {
                parameters.put("own", orOrganization);
            }
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<Agreement> query = em.createQuery("select a from Agreement a join a.event e join e.submission s"
                + where + " order by s.period desc, s.organization.sortOrder, e.ordinal, a.id", Agreement.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }
}
