package ru.smolensk.registry.web.ui.events;

import java.util.Locale;
import java.util.Optional;

import ru.smolensk.registry.domain.model.period.PeriodType;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;

/**
 * The Excel export of the events list's filter: the official document of the chosen period for the
 * chosen organisation, or the consolidated document of the chosen level, as the REST download under
 * {@code /api/documents} (authorised by the browser's session) produces it.
 */
final class ExcelExport {

    private ExcelExport() {
    }

    /**
     * The download path (below the context root) for the filter, or empty when the filter does not
     * name a period and an organisation or a level.
     */
    static Optional<String> pathOf(EventFilter filter) {
        if (filter.getPeriod() == null || filter.getPeriod().isBlank()) {
            return Optional.empty();
        }
        ReportingPeriod period = ReportingPeriod.parse(filter.getPeriod());
        String kind = (period.type() == PeriodType.HALF_YEAR ? DocumentKind.PLAN : DocumentKind.REPORT).name()
                .toLowerCase(Locale.ROOT);
        if (filter.getOrganization() != null && !filter.getOrganization().isBlank()) {
            return Optional.of("/api/documents/" + kind + "/" + period.code() + "/organizations/"
                    + filter.getOrganization() + ".xlsx");
        }
        if (filter.getLevel() != null) {
            return Optional.of("/api/documents/" + kind + "/" + filter.getLevel().name().toLowerCase(Locale.ROOT) + "/"
                    + period.code() + ".xlsx");
        }
        return Optional.empty();
    }
}
