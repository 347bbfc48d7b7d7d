package ru.smolensk.registry.persistence.jpa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;

/**
 * The summary of approved submissions for statistics (table {@code statistics_summary}, V34): per submission the
 * number of its entries in all, per country, per sphere and per month of the start date, written at approval with
 * the submission's version. A row counts only while its submission is approved with that version (entries change
 * only in editable statuses, and every status change raises the version), so a stale row is never read. An approved
 * plan also has its fulfilment counts (V35), which depend on other documents too: they are written anew whenever a
 * report linked to the plan becomes approved or stops being approved, and whenever an outcome of its entries is saved or
 * removed ({@link JpaSubmissionRepository}, {@link JpaPlanOutcomeRepository}).
 */
public final class StatisticsSummary {

    static final String TOTAL = "TOTAL";
    static final String COUNTRY = "COUNTRY";
    static final String SPHERE = "SPHERE";
    static final String MONTH = "MONTH";

    /** The statements of migration V34; {@code %s} is the condition on the submission {@code s}. */
    private static final String[] SUMMARISE = {
            "INSERT INTO statistics_summary (submission_id, submission_version, dimension, item, entries)"
                    + " SELECT s.id, s.version, 'TOTAL', '', COUNT(e.id)"
                    + " FROM submission s LEFT JOIN event_entry e ON e.submission_id = s.id"
                    + " WHERE s.status = 'APPROVED'%s GROUP BY s.id, s.version",
            "INSERT INTO statistics_summary (submission_id, submission_version, dimension, item, entries)"
                    + " SELECT s.id, s.version, 'COUNTRY', c.country_code, COUNT(*)"
                    + " FROM submission s JOIN event_entry e ON e.submission_id = s.id"
                    + " JOIN event_country c ON c.event_id = e.id"
                    + " WHERE s.status = 'APPROVED'%s GROUP BY s.id, s.version, c.country_code",
            "INSERT INTO statistics_summary (submission_id, submission_version, dimension, item, entries)"
                    + " SELECT s.id, s.version, 'SPHERE', sp.code, COUNT(*)"
                    + " FROM submission s JOIN event_entry e ON e.submission_id = s.id"
                    + " JOIN sphere sp ON sp.id = e.section_sphere_id"
                    + " WHERE s.status = 'APPROVED'%s GROUP BY s.id, s.version, sp.code",
            "INSERT INTO statistics_summary (submission_id, submission_version, dimension, item, entries)"
                    + " SELECT s.id, s.version, 'MONTH', m.item, COUNT(*)"
                    + " FROM submission s JOIN (SELECT submission_id, CAST(EXTRACT(YEAR FROM date_start) * 100"
                    + " + EXTRACT(MONTH FROM date_start) AS VARCHAR(6)) AS item"
                    + " FROM event_entry WHERE date_start IS NOT NULL) m ON m.submission_id = s.id"
                    + " WHERE s.status = 'APPROVED'%s GROUP BY s.id, s.version, m.item"};

    /** Plan entries held: a report entry of an approved report is linked to them (V35). */
    static final String HELD = "HELD";
    /** Plan entries held with changes: so recorded, and linked as held. */
    static final String CHANGED = "CHANGED";
    /** Plan entries not held: so recorded, and not linked as held. */
    static final String NOT_HELD = "NOT_HELD";

    /** An approved report's entry linked to the plan entry {@code e}. */
    private static final String LINKED = "EXISTS (SELECT 1 FROM event_entry r JOIN submission rs"
            + " ON rs.id = r.submission_id WHERE r.plan_entry_id = e.id AND rs.status = 'APPROVED')";

    /**
     * The statements of migration V35: the fulfilment counts of an approved plan (also 0), as the live queries of
     * {@link JpaEventStatistics} count them; {@code %s} is the condition on the plan {@code s}.
     */
    private static final String[] FULFILMENT = {
            fulfilment(HELD, "SELECT COUNT(*) FROM event_entry e WHERE e.submission_id = s.id AND " + LINKED),
            fulfilment(CHANGED, "SELECT COUNT(*) FROM plan_outcome o JOIN event_entry e ON e.id = o.plan_entry_id"
                    + " WHERE e.submission_id = s.id AND o.outcome = 'HELD_WITH_CHANGES' AND " + LINKED),
            fulfilment(NOT_HELD, "SELECT COUNT(*) FROM plan_outcome o JOIN event_entry e ON e.id = o.plan_entry_id"
                    + " WHERE e.submission_id = s.id AND o.outcome = 'NOT_HELD' AND NOT " + LINKED)};

    /** The plans whose entries the entries of a report are linked to, in one order (the order of their locks). */
    private static final String LINKED_PLANS = "SELECT DISTINCT p.submission_id FROM event_entry r"
            + " JOIN event_entry p ON p.id = r.plan_entry_id WHERE r.submission_id = ?1 ORDER BY p.submission_id";

    private final EntityManager em;

    StatisticsSummary(EntityManager em) {
        this.em = em;
    }

    private static String fulfilment(String dimension, String count) {
        return "INSERT INTO statistics_summary (submission_id, submission_version, dimension, item, entries)"
                + " SELECT s.id, s.version, '" + dimension + "', '', (" + count + ") FROM submission s"
                + " WHERE s.status = 'APPROVED' AND s.doc_kind = 'PLAN'%s";
    }

    /** Writes the rows of one submission anew, its fulfilment if a plan (none unless it is approved). */
    void summarise(long submissionId) {
        em.flush();
        em.createNativeQuery("DELETE FROM statistics_summary WHERE submission_id = ?1").setParameter(1, submissionId)
                .executeUpdate();
        execute(SUMMARISE, submissionId);
        execute(FULFILMENT, submissionId);
    }

    /**
     * Writes the fulfilment rows of one plan anew (none unless it is an approved plan): after an outcome of one of
     * its entries changed, or a report linked to it changed status. The plan's row is locked first, so that two such
     * changes of one plan at the same moment do not each write counts without the other.
     */
    void summariseFulfilment(long planId) {
        em.flush();
        // two reports of one plan approved at once: the second waits here for the first to commit, then counts it
        // (each statement of a read-committed transaction sees what was committed before it began)
        em.createNativeQuery("SELECT id FROM submission WHERE id = ?1 FOR UPDATE").setParameter(1, planId)
                .getResultList();
        em.createNativeQuery("DELETE FROM statistics_summary WHERE submission_id = ?1 AND dimension IN ('" + HELD
                + "', '" + CHANGED + "', '" + NOT_HELD + "')").setParameter(1, planId).executeUpdate();
        execute(FULFILMENT, planId);
    }

    /** Writes anew the fulfilment rows of every plan the entries of a report are linked to. */
    void summariseFulfilmentLinkedFrom(long reportId) {
        em.flush();
        for (Object plan : em.createNativeQuery(LINKED_PLANS).setParameter(1, reportId).getResultList()) {
            summariseFulfilment(((Number) plan).longValue());
        }
    }

    private void execute(String[] statements, long submissionId) {
        for (String statement : statements) {
            em.createNativeQuery(String.format(statement, " AND s.id = ?1")).setParameter(1, submissionId)
                    .executeUpdate();
        }
    }

    /**
     * The statements that write the summary of every approved submission into an empty table, as migrations V34
     * and V35 do (the scale data generator runs them after filling the tables).
     */
    public static List<String> rebuildStatements() {
        List<String> statements = new ArrayList<>();
        statements.add("DELETE FROM statistics_summary");
        for (String statement : SUMMARISE) {
            statements.add(String.format(statement, ""));
        }
        for (String statement : FULFILMENT) {
            statements.add(String.format(statement, ""));
        }
        return statements;
    }

    /**
     * Summed counts of one dimension over the approved submissions of the periods (and kind) with valid rows;
     * {@link #TOTAL} per organisation code, leaving out organisations without entries.
     */
    Map<String, Long> counts(String dimension, Collection<ReportingPeriod> periods, DocumentKind kind) {
        boolean total = TOTAL.equals(dimension);
        List<Object> parameters = new ArrayList<>();
        parameters.add(dimension);
        String sql = "SELECT " + (total ? "o.code" : "r.item") + ", SUM(r.entries) FROM statistics_summary r"
                + " JOIN submission s ON s.id = r.submission_id AND s.version = r.submission_version"
                + (total ? " JOIN organization o ON o.id = s.organization_id" : "") + " WHERE r.dimension = ?1"
                + approvedIn(periods, kind, parameters) + " GROUP BY "
                + (total ? "o.code HAVING SUM(r.entries) > 0" : "r.item");
        Map<String, Long> result = new TreeMap<>();
        for (Object row : bind(em.createNativeQuery(sql), parameters).getResultList()) {
            Object[] columns = (Object[]) row;
            result.put((String) columns[0], ((Number) columns[1]).longValue());
        }
        return result;
    }

    /** Summed counts per country, sphere and month (dimension → item → entries) in one reading. */
    Map<String, Map<String, Long>> items(Collection<ReportingPeriod> periods, DocumentKind kind) {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT r.dimension, r.item, SUM(r.entries) FROM statistics_summary r"
                + " JOIN submission s ON s.id = r.submission_id AND s.version = r.submission_version"
                + " WHERE r.dimension IN ('" + COUNTRY + "', '" + SPHERE + "', '" + MONTH + "')"
                + approvedIn(periods, kind, parameters) + " GROUP BY r.dimension, r.item";
        Map<String, Map<String, Long>> result = new TreeMap<>();
        for (Object row : bind(em.createNativeQuery(sql), parameters).getResultList()) {
            Object[] columns = (Object[]) row;
            result.computeIfAbsent((String) columns[0], any -> new TreeMap<>()).put((String) columns[1],
                    ((Number) columns[2]).longValue());
        }
        return result;
    }

    /**
     * Summed fulfilment counts per organisation code of the approved plans of the periods with valid rows
     * (dimension → organisation → plan entries), leaving out organisations with none.
     */
    Map<String, Map<String, Long>> fulfilment(Collection<ReportingPeriod> periods) {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT r.dimension, o.code, SUM(r.entries) FROM statistics_summary r"
                + " JOIN submission s ON s.id = r.submission_id AND s.version = r.submission_version"
                + " JOIN organization o ON o.id = s.organization_id WHERE r.dimension IN ('" + HELD + "', '"
                + CHANGED + "', '" + NOT_HELD + "')" + approvedIn(periods, DocumentKind.PLAN, parameters)
                + " GROUP BY r.dimension, o.code HAVING SUM(r.entries) > 0";
        Map<String, Map<String, Long>> result = new TreeMap<>();
        for (String dimension : List.of(HELD, CHANGED, NOT_HELD)) {
            result.put(dimension, new TreeMap<>());
        }
        for (Object row : bind(em.createNativeQuery(sql), parameters).getResultList()) {
            Object[] columns = (Object[]) row;
            result.get((String) columns[0]).put((String) columns[1], ((Number) columns[2]).longValue());
        }
        return result;
    }

    /** The approved submissions of the periods (and kind) without valid rows: counted live. */
    List<Long> unsummarised(Collection<ReportingPeriod> periods, DocumentKind kind) {
        return unsummarised(TOTAL, periods, kind);
    }

    /** The approved plans of the periods without valid fulfilment rows: counted live. */
    List<Long> unsummarisedPlans(Collection<ReportingPeriod> periods) {
        return unsummarised(HELD, periods, DocumentKind.PLAN);
    }

    private List<Long> unsummarised(String marker, Collection<ReportingPeriod> periods, DocumentKind kind) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(marker);
        String sql = "SELECT s.id FROM submission s WHERE NOT EXISTS (SELECT 1 FROM statistics_summary r"
                + " WHERE r.submission_id = s.id AND r.dimension = ?1 AND r.submission_version = s.version)"
                + approvedIn(periods, kind, parameters);
        List<Long> ids = new ArrayList<>();
        for (Object id : bind(em.createNativeQuery(sql), parameters).getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    private static String approvedIn(Collection<ReportingPeriod> periods, DocumentKind kind,
            List<Object> parameters) {
        StringBuilder sql = new StringBuilder(" AND s.status = 'APPROVED' AND s.period_code IN (");
        for (ReportingPeriod period : periods) {
            parameters.add(period.code());
            sql.append(sql.charAt(sql.length() - 1) == '(' ? "" : ", ").append('?').append(parameters.size());
        }
        if (kind != null) {
            parameters.add(kind.name());
            sql.append(") AND s.doc_kind = ?").append(parameters.size());
            return sql.toString();
        }
        return sql.append(')').toString();
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
