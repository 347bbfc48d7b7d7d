package ru.smolensk.registry.web.ui.submissions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationKind;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/**
 * The coordinator's overview: organisations × current periods, each cell the status of that organisation's plan or
 * report (a link to it), with totals per period. The organisations that hand in documents are grouped by kind
 * (городские округа, муниципальные округа, исполнительные органы, подведомственные учреждения) and ordered within a
 * group as in the official list (then by name). Built from what the submission service returns; it decides nothing
 * itself.
 */
public final class CoordinatorMatrix {

    /** The kinds of organisations shown, in the order of the groups. */
    static final List<OrganizationKind> GROUPS = List.of(OrganizationKind.CITY_OKRUG,
            OrganizationKind.MUNICIPAL_OKRUG, OrganizationKind.EXECUTIVE_BODY,
            OrganizationKind.SUBORDINATE_INSTITUTION);

    private final List<ReportingPeriod> periods;
    private final List<MatrixGroup> groups = new ArrayList<>();
    private final List<MatrixColumn> columns = new ArrayList<>();

    /**
     * @param organizations the organisations (any order; those of other kinds are left out)
     * @param byPeriod the submissions of each period, in the order of the columns
     */
    CoordinatorMatrix(List<Organization> organizations, Map<ReportingPeriod, List<Submission>> byPeriod) {
        this.periods = List.copyOf(byPeriod.keySet());
        List<Map<String, Submission>> documents = new ArrayList<>();
        for (List<Submission> submissions : byPeriod.values()) {
            Map<String, Submission> byOrganization = new HashMap<>();
            submissions.forEach(s -> byOrganization.put(s.organization().code(), s));
            documents.add(byOrganization);
        }
        List<MatrixRow> all = new ArrayList<>();
        for (OrganizationKind kind : GROUPS) {
            List<MatrixRow> rows = organizations.stream().filter(o -> o.kind() == kind)
                    .sorted(Comparator.comparingInt(Organization::sortOrder)
                            .thenComparing(Organization::currentName))
                    .map(o -> new MatrixRow(o.code(), o.currentName(), documents.stream()
                            .map(m -> cell(m.get(o.code()))).toList()))
                    .toList();
            if (!rows.isEmpty()) {
                groups.add(new MatrixGroup(kind, rows));
                all.addAll(rows);
            }
        }
        for (int column = 0; column < periods.size(); column++) {
            int c = column;
            List<SubmissionStatus> cells = all.stream().map(r -> r.cells().get(c).status()).toList();
            long none = cells.stream().filter(Objects::isNull).count();
            List<StatusCount> counts = Arrays.stream(SubmissionStatus.values())
                    .map(s -> new StatusCount(s, cells.stream().filter(s::equals).count())).toList();
            columns.add(new MatrixColumn(periods.get(column), none, counts));
        }
    }

    private static MatrixCell cell(Submission submission) {
        return submission == null ? MatrixCell.NONE : new MatrixCell(submission.status(), submission.id());
    }

    public List<ReportingPeriod> getPeriods() {
        return periods;
    }

    public List<MatrixGroup> getGroups() {
        return groups;
    }

    /** Every organisation's row, group after group. */
    public List<MatrixRow> getRows() {
        return groups.stream().flatMap(g -> g.rows().stream()).toList();
    }

    public List<MatrixColumn> getColumns() {
        return columns;
    }
}
