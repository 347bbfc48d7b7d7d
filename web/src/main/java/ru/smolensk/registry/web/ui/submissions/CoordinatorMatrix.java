package ru.smolensk.registry.web.ui.submissions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/**
 * The coordinator's overview: organisations (official order) × current periods, each cell the status
 * of that organisation's plan or report, with totals per period. Built from what the submission
 * service returns; it decides nothing itself.
 */
public final class CoordinatorMatrix {

    private final List<ReportingPeriod> periods;
    private final List<MatrixRow> rows = new ArrayList<>();
    private final List<MatrixColumn> columns = new ArrayList<>();

    /**
     * @param organizations the organisations, in the order shown
     * @param byPeriod the submissions of each period, in the order of the columns
     */
    CoordinatorMatrix(List<Organization> organizations, Map<ReportingPeriod, List<Submission>> byPeriod) {
        this.periods = List.copyOf(byPeriod.keySet());
        List<Map<String, SubmissionStatus>> statuses = new ArrayList<>();
        for (List<Submission> submissions : byPeriod.values()) {
            Map<String, SubmissionStatus> byOrganization = new HashMap<>();
            submissions.forEach(s -> byOrganization.put(s.organization().code(), s.status()));
            statuses.add(byOrganization);
        }
        for (Organization organization : organizations) {
            rows.add(new MatrixRow(organization.currentName(),
                    statuses.stream().map(m -> m.get(organization.code())).toList()));
        }
        for (int column = 0; column < periods.size(); column++) {
            int c = column;
            List<SubmissionStatus> cells = rows.stream().map(r -> r.cells().get(c)).toList();
            long none = cells.stream().filter(Objects::isNull).count();
            List<StatusCount> counts = Arrays.stream(SubmissionStatus.values())
                    .map(s -> new StatusCount(s, cells.stream().filter(s::equals).count())).toList();
            columns.add(new MatrixColumn(periods.get(column), none, counts));
        }
    }

    public List<ReportingPeriod> getPeriods() {
        return periods;
    }

    public List<MatrixRow> getRows() {
        return rows;
    }

    public List<MatrixColumn> getColumns() {
        return columns;
    }
}
