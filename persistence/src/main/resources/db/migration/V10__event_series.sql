-- Event series across years: further keys of a series (taken over from series merged into it), and entries whose
-- series the coordinator decided (automatic proposals leave them alone).
CREATE TABLE event_series_key (
    series_key  VARCHAR(1000) NOT NULL PRIMARY KEY,
    series_id   BIGINT        NOT NULL REFERENCES event_series (id)
);
CREATE INDEX event_series_key_series_idx ON event_series_key (series_id);

ALTER TABLE event_entry ADD COLUMN series_fixed BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX event_entry_series_idx ON event_entry (series_id);
