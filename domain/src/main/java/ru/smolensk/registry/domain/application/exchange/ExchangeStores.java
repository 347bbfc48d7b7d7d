package ru.smolensk.registry.domain.application.exchange;

import ru.smolensk.registry.domain.application.entry.SubmissionEntries;
import ru.smolensk.registry.domain.model.audit.AuditLog;
import ru.smolensk.registry.domain.model.exchange.ReceivedEntries;
import ru.smolensk.registry.domain.model.organization.OrganizationRepository;
import ru.smolensk.registry.domain.model.sphere.SphereRepository;
import ru.smolensk.registry.domain.model.submission.SubmissionRepository;

/** What the writer of received records reads and writes through: the reference data, the stores and the owner. */
record ExchangeStores(OrganizationRepository organizations, SphereRepository spheres,
        SubmissionRepository submissions, ReceivedEntries received, AuditLog audit, SubmissionEntries entries) {
}
