package ru.smolensk.registry.web.ui.campaign;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import ru.smolensk.registry.domain.application.campaign.Notice;
import ru.smolensk.registry.domain.model.campaign.Campaign;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.Submission;

/**
 * An operator's deadlines: the campaigns of their organisation's level, newest period first, each with the
 * organisation's deadline (the campaign's rule), its document and whether the campaign service reminds of it as
 * overdue.
 */
final class Deadlines {

    static final int MAX_ROWS = 8;

    private Deadlines() {
    }

    static List<DeadlineRow> of(Organization organization, List<Campaign> campaigns, List<Submission> own,
            List<Notice> notices) {
        Map<String, Submission> documents = own.stream()
                .collect(Collectors.toMap(s -> key(s.kind().name(), s.period()), Function.identity(), (a, b) -> a));
        Set<String> overdue = notices.stream().filter(n -> "OVERDUE".equals(n.type()))
                .map(n -> n.kind() + "/" + n.period()).collect(Collectors.toSet());
        return campaigns.stream().filter(c -> c.level() == organization.level())
                .sorted(Comparator.comparing(Campaign::period).reversed().thenComparing(c -> c.kind().name()))
                .limit(MAX_ROWS).map(c -> {
                    Optional<Submission> document = Optional.ofNullable(documents.get(key(c.kind().name(), c
                            .period())));
                    return new DeadlineRow(c.kind(), c.period().code(), c.opensOn(), c.closesOn(),
                            c.deadlineFor(organization), document.map(Submission::status).orElse(null),
                            document.map(Submission::id).orElse(null),
                            overdue.contains(key(c.kind().name(), c.period())));
                }).toList();
    }

    private static String key(String kind, ReportingPeriod period) {
        return kind + "/" + period.code();
    }
}
