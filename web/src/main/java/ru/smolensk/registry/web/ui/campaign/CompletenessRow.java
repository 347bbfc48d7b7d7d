package ru.smolensk.registry.web.ui.campaign;

import java.time.LocalDate;
import java.util.List;

import ru.smolensk.registry.domain.application.campaign.Completeness;

/**
 * The completeness of one campaign as the coordinator's dashboard shows it: the counts and the names of the
 * organisations that have not handed in.
 */
public record CompletenessRow(String kind, String level, String period, LocalDate opensOn, LocalDate closesOn,
        Completeness.Counts counts, List<String> missing, List<String> late) {

    static CompletenessRow of(Completeness c) {
        return new CompletenessRow(c.kind(), c.level(), c.period(), c.opensOn(), c.closesOn(), c.counts(),
                c.organizations().stream().filter(Completeness.Row::missing).map(Completeness.Row::name).toList(),
                c.organizations().stream().filter(Completeness.Row::late).map(Completeness.Row::name).toList());
    }

    /** Submitted or approved. */
    public int getHandedIn() {
        return counts.submitted() + counts.approved();
    }

    public String getMissingNames() {
        return String.join(", ", missing);
    }
}
