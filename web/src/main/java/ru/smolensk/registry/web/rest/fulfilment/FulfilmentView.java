package ru.smolensk.registry.web.rest.fulfilment;

import java.util.List;

import ru.smolensk.registry.domain.application.fulfilment.Fulfilment;

/** The fulfilment of a half-year in JSON, with Russian labels of the outcomes. */
public record FulfilmentView(String period, boolean includesDrafts, Totals totals, List<Organization> organizations) {

    /** The counts over all organisations. */
    public record Totals(long planned, long held, long heldWithChanges, long notHeld, long noInformation,
            long unplannedHeld) {
    }

    /** One organisation. */
    public record Organization(String code, String name, String planStatus, long planned, long held,
            long heldWithChanges, long notHeld, long noInformation, long unplannedHeld, int percentHeld,
            List<Planned> plannedItems, List<Fulfilment.Event> unplanned) {
    }

    /** A plan entry with its outcome. */
    public record Planned(Fulfilment.Event planEntry, String outcome, String outcomeLabel, String comment,
            String recordedBy, List<Fulfilment.Event> reportEntries) {
    }

    static FulfilmentView of(Fulfilment f) {
        List<Organization> organizations = f.organizations().stream()
                .map(o -> new Organization(o.organization(), o.organizationName(), o.planStatus(), o.planned(),
                        o.held(), o.heldWithChanges(), o.notHeld(), o.noInformation(), o.unplannedHeld(),
                        o.percentHeld(),
                        o.plannedItems().stream()
                                .map(i -> new Planned(i.planEntry(), i.outcome().name(), i.outcome().label(),
                                        i.comment(), i.recordedBy(), i.reportEntries()))
                                .toList(),
                        o.unplanned()))
                .toList();
        Totals totals = new Totals(sum(organizations, Organization::planned), sum(organizations, Organization::held),
                sum(organizations, Organization::heldWithChanges), sum(organizations, Organization::notHeld),
                sum(organizations, Organization::noInformation), sum(organizations, Organization::unplannedHeld));
        return new FulfilmentView(f.period().code(), f.includesDrafts(), totals, organizations);
    }

    private static long sum(List<Organization> organizations, java.util.function.ToLongFunction<Organization> count) {
        return organizations.stream().mapToLong(count).sum();
    }
}
