-- GetChanges walks the approved plans and reports by (decided_at, id) after a cursor: with the status first the
-- walk is one index range per page, however many submissions there are.
CREATE INDEX submission_decided_idx ON submission (status, decided_at, id);
