package ru.smolensk.registry.domain.application.importing;

import java.time.LocalDate;
import java.util.Objects;

import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.ExtraColumns;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.sphere.Sphere;
import ru.smolensk.registry.domain.normalization.NormalizedRow;

/**
 * A row of the document as it will be stored: its number as printed, section, owner, verbatim columns and
 * normalized values, and the day the owner's name is taken on (the period's start).
 */
record PlannedRow(String number, String sectionTitle, Organization owner, Sphere sphere, OfficialColumns columns,
        NormalizedRow normalized, ExtraColumns extras, LocalDate on) {

    /** Whether the stored entry already holds exactly this row. */
    boolean sameAs(EventEntry entry) {
        return columns.equals(entry.columns()) && Objects.equals(sectionTitle, entry.sectionTitle())
                && extras.equals(entry.extraColumns());
    }
}
