-- Full-text search in Russian (PostgreSQL only; H2 searches the same columns in Java, see SearchColumns): the
-- searched columns as one vector of the 'russian' configuration, weighted (name A, description and outcome B, place
-- and participants C), kept by the database for every insert and update, with a GIN index.
ALTER TABLE event_entry ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('russian', coalesce(name_raw, '')), 'A')
    || setweight(to_tsvector('russian', coalesce(place_raw, '')), 'C')
    || setweight(to_tsvector('russian', coalesce(participants_raw, '')), 'C')
    || setweight(to_tsvector('russian', coalesce(description_raw, '')), 'B')
    || setweight(to_tsvector('russian', coalesce(outcome_raw, '')), 'B')) STORED;
CREATE INDEX event_entry_search_idx ON event_entry USING GIN (search_vector);
