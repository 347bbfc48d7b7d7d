package ru.smolensk.registry.web.ui.submissions;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.smolensk.registry.domain.application.ReferenceDataService;
import ru.smolensk.registry.domain.application.submission.SubmissionService;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionQuery;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;
import ru.smolensk.registry.web.ui.PeriodChoices;

/** The start screen: an operator's own plans and reports with their status, the coordinator's counts. */
@Named("dashboard")
@RequestScoped
public class DashboardBean {

    @Inject
    SubmissionService submissions;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    PeriodChoices periods;

    private List<Submission> visible;
    private CoordinatorMatrix matrix;

    /**
     * The coordinator's matrix of organisations × current periods: the plans of the current and the
     * previous half-year, the reports of the last two quarters.
     */
    public CoordinatorMatrix getMatrix() {
        if (matrix == null) {
            ReportingPeriod half = periods.currentHalfYear();
            ReportingPeriod quarter = periods.lastQuarter();
            Map<ReportingPeriod, List<Submission>> byPeriod = new LinkedHashMap<>();
            for (ReportingPeriod period : List.of(half, half.previous(), quarter, quarter.previous())) {
                byPeriod.put(period, submissions.list(new SubmissionQuery(period, null, null, null, null)));
            }
            List<Organization> organizations = referenceData.organizations(null).stream()
                    .filter(Organization::isActive).toList();
            matrix = new CoordinatorMatrix(organizations, byPeriod);
        }
        return matrix;
    }

    /** The plans and reports the user may see, newest period first. */
    public List<SubmissionRow> getRows() {
        return visible().stream().map(SubmissionRow::of).toList();
    }

    /** The number of plans and reports in each status. */
    public List<StatusCount> getCounts() {
        Map<SubmissionStatus, Long> counts = visible().stream()
                .collect(Collectors.groupingBy(Submission::status, Collectors.counting()));
        return Arrays.stream(SubmissionStatus.values()).map(s -> new StatusCount(s, counts.getOrDefault(s, 0L)))
                .toList();
    }

    private List<Submission> visible() {
        if (visible == null) {
            visible = submissions.list(SubmissionQuery.all()).stream()
                    .sorted(Comparator.comparing(Submission::period, Comparator.reverseOrder())
                            .thenComparing(s -> s.organization().sortOrder()))
                    .toList();
        }
        return visible;
    }
}
