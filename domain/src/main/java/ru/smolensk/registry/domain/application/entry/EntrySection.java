package ru.smolensk.registry.domain.application.entry;

import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.sphere.Sphere;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.Submission;

/**
 * The section of the official document an entry goes to: in a municipal document the organisation's section, titled
 * with its name valid on the period's start; in a regional one the sphere's section, titled as the sphere is named
 * in that kind of document.
 */
public record EntrySection(String title, Organization organization, Sphere sphere) {

    /** The section of an entry of this submission (a regional one names its sphere). */
    public static EntrySection of(Submission submission, Sphere sphere) {
        return of(submission.organization(), submission.kind(), submission.period(), sphere);
    }

    /** The same for a document of an organisation that may not exist yet (its level is the organisation's). */
    public static EntrySection of(Organization organization, DocumentKind kind, ReportingPeriod period,
            Sphere sphere) {
        if (organization.level() == Level.MUNICIPAL) {
            return new EntrySection(organization.nameOn(period.start()), organization, null);
        }
        if (sphere == null) {
            throw new IllegalArgumentException("a regional entry belongs to a sphere");
        }
        return new EntrySection(sphere.titleFor(kind), organization, sphere);
    }

    /** A section as an imported document titles it (the title is kept as written). */
    public static EntrySection asWritten(String title, Submission submission, Sphere sphere) {
        return new EntrySection(title, submission.organization(), sphere);
    }

    /** The same section keeping the title an entry has already (a municipal entry keeps its historic title). */
    public EntrySection keeping(String existingTitle) {
        return sphere == null && existingTitle != null
                ? new EntrySection(existingTitle, organization, null)
                : this;
    }
}
