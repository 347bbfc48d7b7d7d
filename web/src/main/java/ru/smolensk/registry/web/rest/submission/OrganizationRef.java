package ru.smolensk.registry.web.rest.submission;

import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;

/** An organisation by code and by its official name at the start of a period. */
public record OrganizationRef(String code, String name) {

    static OrganizationRef of(Organization organization, ReportingPeriod period) {
        return new OrganizationRef(organization.code(), organization.nameOn(period.start()));
    }
}
