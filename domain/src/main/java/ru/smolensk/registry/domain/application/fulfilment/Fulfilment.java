package ru.smolensk.registry.domain.application.fulfilment;

import java.time.LocalDate;
import java.util.List;

import ru.smolensk.registry.domain.model.fulfilment.Outcome;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;

/**
 * Plan fulfilment of a half-year: per organisation, its plan entries with their outcome and the report entries
 * that fulfil them, and the events held that were not planned.
 */
public record Fulfilment(ReportingPeriod period, boolean includesDrafts, List<OrganizationFulfilment> organizations) {

    /** One organisation's plan against its reports of the half-year's quarters. */
    public record OrganizationFulfilment(String organization, String organizationName, String planStatus,
            long planned, long held, long heldWithChanges, long notHeld, long noInformation, long unplannedHeld,
            List<PlannedItem> plannedItems, List<Event> unplanned) {

        /** The share of planned entries that were held (with or without changes), in per cent. */
        public int percentHeld() {
            return planned == 0 ? 0 : (int) Math.round(100.0 * (held + heldWithChanges) / planned);
        }
    }

    /** A plan entry with its outcome, the recorded comment (what changed, why not held) and its report entries. */
    public record PlannedItem(Event planEntry, Outcome outcome, String comment, String recordedBy,
            List<Event> reportEntries) {
    }

    /** An entry of a plan or report as the fulfilment lists show it. */
    public record Event(long id, int ordinal, String period, String name, String dates, LocalDate start,
            LocalDate end) {
    }
}
