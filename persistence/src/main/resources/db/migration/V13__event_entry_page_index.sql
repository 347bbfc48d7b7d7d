-- Pages of a submission's entries are cut in the order (row number, id): with the id in the index the page is
-- read from the index in order instead of sorting every entry of the submission.
CREATE INDEX event_entry_submission_page_idx ON event_entry (submission_id, ordinal, id);
DROP INDEX event_entry_submission_idx;
