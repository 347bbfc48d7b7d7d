-- The official order (period latest first, kind, level, the organisation's sort order, then the submission, row
-- number and id) kept on the entry itself (the application copies it from the submission when it makes an entry;
-- none of these keys ever changes), under one index: a page of many submissions in that order, or of a whole
-- period, is read from the index in order instead of sorting every matching entry.
ALTER TABLE event_entry ADD COLUMN order_period VARCHAR(8);
ALTER TABLE event_entry ADD COLUMN order_kind VARCHAR(16);
ALTER TABLE event_entry ADD COLUMN order_level VARCHAR(16);
ALTER TABLE event_entry ADD COLUMN order_organization INTEGER;
UPDATE event_entry SET
    order_period = (SELECT s.period_code FROM submission s WHERE s.id = event_entry.submission_id),
    order_kind = (SELECT s.doc_kind FROM submission s WHERE s.id = event_entry.submission_id),
    order_level = (SELECT s.doc_level FROM submission s WHERE s.id = event_entry.submission_id),
    order_organization = (SELECT o.sort_order FROM submission s JOIN organization o ON o.id = s.organization_id
                          WHERE s.id = event_entry.submission_id);
ALTER TABLE event_entry ALTER COLUMN order_period SET NOT NULL;
ALTER TABLE event_entry ALTER COLUMN order_kind SET NOT NULL;
ALTER TABLE event_entry ALTER COLUMN order_level SET NOT NULL;
ALTER TABLE event_entry ALTER COLUMN order_organization SET NOT NULL;
CREATE INDEX event_entry_official_order_idx ON event_entry
    (order_period DESC, order_kind, order_level, order_organization, submission_id, ordinal, id);
