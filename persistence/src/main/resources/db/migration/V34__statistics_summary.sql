-- Statistics over approved documents read a summary per approved submission instead of its entries (issue #26).
-- One row per submission and dimension item: TOTAL (item '', the number of entries, also 0), COUNTRY (country
-- code), SPHERE (sphere code), MONTH (yyyymm of the start date). A row is valid while the submission is APPROVED and
-- has the version written here (entries change only in editable statuses, and every status change raises the
-- version); the application writes the rows at approval (JpaEventStatistics.summarise), statistics count approved
-- submissions without valid rows live. The same statements as StatisticsSummary.SUMMARISE, for every submission.
CREATE TABLE statistics_summary (
    submission_id      BIGINT        NOT NULL REFERENCES submission (id) ON DELETE CASCADE,
    submission_version BIGINT        NOT NULL,
    dimension          VARCHAR(8)    NOT NULL,
    item               VARCHAR(64)   NOT NULL,
    entries            BIGINT        NOT NULL,
    PRIMARY KEY (submission_id, dimension, item)
);
CREATE INDEX statistics_summary_read_idx ON statistics_summary (dimension, submission_id, submission_version, item,
    entries);

INSERT INTO statistics_summary (submission_id, submission_version, dimension, item, entries)
SELECT s.id, s.version, 'TOTAL', '', COUNT(e.id)
FROM submission s LEFT JOIN event_entry e ON e.submission_id = s.id
WHERE s.status = 'APPROVED'
GROUP BY s.id, s.version;

INSERT INTO statistics_summary (submission_id, submission_version, dimension, item, entries)
SELECT s.id, s.version, 'COUNTRY', c.country_code, COUNT(*)
FROM submission s JOIN event_entry e ON e.submission_id = s.id JOIN event_country c ON c.event_id = e.id
WHERE s.status = 'APPROVED'
GROUP BY s.id, s.version, c.country_code;

INSERT INTO statistics_summary (submission_id, submission_version, dimension, item, entries)
SELECT s.id, s.version, 'SPHERE', sp.code, COUNT(*)
FROM submission s JOIN event_entry e ON e.submission_id = s.id JOIN sphere sp ON sp.id = e.section_sphere_id
WHERE s.status = 'APPROVED'
GROUP BY s.id, s.version, sp.code;

INSERT INTO statistics_summary (submission_id, submission_version, dimension, item, entries)
SELECT s.id, s.version, 'MONTH', m.item, COUNT(*)
FROM submission s JOIN (SELECT submission_id,
        CAST(EXTRACT(YEAR FROM date_start) * 100 + EXTRACT(MONTH FROM date_start) AS VARCHAR(6)) AS item
    FROM event_entry WHERE date_start IS NOT NULL) m ON m.submission_id = s.id
WHERE s.status = 'APPROVED'
GROUP BY s.id, s.version, m.item;
