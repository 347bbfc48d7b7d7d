package ru.smolensk.registry.domain.model.event;

import java.util.List;
import java.util.Optional;

import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/** The agreements registry: documents signed at reported events. */
public interface AgreementRepository {

    Optional<Agreement> findById(long id);

    /**
     * Agreements matching the filters (null = any), newest first. {@code onlyStatus} restricts them to
     * entries of submissions in that status, {@code orOrganization} lets one organisation's entries
     * through whatever their status.
     */
    List<Agreement> search(ReportingPeriod period, String countryCode, String organizationCode,
            SubmissionStatus onlyStatus, String orOrganization, int limit);
}
