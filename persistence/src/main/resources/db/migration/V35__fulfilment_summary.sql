-- The fulfilment of approved plans in the statistics summary (issue #26): per approved plan three rows of
-- statistics_summary, item '', also 0: HELD (plan entries an approved report's entry is linked to), CHANGED (recorded
-- held with changes and so linked), NOT_HELD (recorded not held and not so linked), with the plan's version. They
-- depend on other documents too, so the application writes them anew whenever a report linked to the plan is saved
-- (every status change is) and whenever an outcome of its entries is saved or removed; statistics count approved
-- plans without valid rows live. The same statements as StatisticsSummary.FULFILMENT, for every approved plan.
-- The index finds the report entries linked to a plan entry (PostgreSQL has none for the foreign key).
CREATE INDEX event_entry_plan_entry_idx ON event_entry (plan_entry_id, submission_id);

INSERT INTO statistics_summary (submission_id, submission_version, dimension, item, entries)
SELECT s.id, s.version, 'HELD', '', (SELECT COUNT(*) FROM event_entry e WHERE e.submission_id = s.id
    AND EXISTS (SELECT 1 FROM event_entry r JOIN submission rs ON rs.id = r.submission_id
        WHERE r.plan_entry_id = e.id AND rs.status = 'APPROVED'))
FROM submission s
WHERE s.status = 'APPROVED' AND s.doc_kind = 'PLAN';

INSERT INTO statistics_summary (submission_id, submission_version, dimension, item, entries)
SELECT s.id, s.version, 'CHANGED', '', (SELECT COUNT(*) FROM plan_outcome o JOIN event_entry e ON e.id = o.plan_entry_id
    WHERE e.submission_id = s.id AND o.outcome = 'HELD_WITH_CHANGES'
    AND EXISTS (SELECT 1 FROM event_entry r JOIN submission rs ON rs.id = r.submission_id
        WHERE r.plan_entry_id = e.id AND rs.status = 'APPROVED'))
FROM submission s
WHERE s.status = 'APPROVED' AND s.doc_kind = 'PLAN';

INSERT INTO statistics_summary (submission_id, submission_version, dimension, item, entries)
SELECT s.id, s.version, 'NOT_HELD', '', (SELECT COUNT(*) FROM plan_outcome o JOIN event_entry e ON e.id = o.plan_entry_id
    WHERE e.submission_id = s.id AND o.outcome = 'NOT_HELD'
    AND NOT EXISTS (SELECT 1 FROM event_entry r JOIN submission rs ON rs.id = r.submission_id
        WHERE r.plan_entry_id = e.id AND rs.status = 'APPROVED'))
FROM submission s
WHERE s.status = 'APPROVED' AND s.doc_kind = 'PLAN';
