package ru.smolensk.registry.web.ui.submissions;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.smolensk.registry.domain.application.submission.SubmissionService;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionQuery;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/** The start screen: an operator's own plans and reports with their status, the coordinator's counts. */
@Named("dashboard")
@RequestScoped
public class DashboardBean {

    @Inject
    SubmissionService submissions;

    private List<Submission> visible;

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
