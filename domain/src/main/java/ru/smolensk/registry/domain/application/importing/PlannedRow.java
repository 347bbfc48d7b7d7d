package ru.smolensk.registry.domain.application.importing;

import java.util.Objects;

import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.sphere.Sphere;

/** A row of the document as it will be stored: its section, owner, verbatim columns and normalized values. */
record PlannedRow(String sectionTitle, Organization owner, Sphere sphere, OfficialColumns columns,
        NormalizedRow normalized) {

    /** Whether the stored entry already holds exactly this row. */
    boolean sameAs(EventEntry entry) {
        return columns.equals(entry.columns()) && Objects.equals(sectionTitle, entry.sectionTitle());
    }

    void applyTo(EventEntry entry) {
        entry.placeInSection(sectionTitle, owner, sphere);
        entry.normalize(normalized.dates(), normalized.format(), normalized.role(), normalized.participants(),
                normalized.places(), normalized.countries(), normalized.statuses());
        entry.replaceAgreements(normalized.agreementTerms(entry.dates().start()));
    }
}
