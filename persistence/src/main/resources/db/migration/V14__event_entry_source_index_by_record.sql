-- A partner's records are looked up with "source_system = ? and source_record_id in (...)". With the system first
-- in the index H2 seeks the partner and tests the list against every record of the partner; with the record id
-- first both H2 and PostgreSQL look each record id up in the index. Uniqueness is the same.
CREATE UNIQUE INDEX event_entry_source_record_idx ON event_entry (source_record_id, source_system);
DROP INDEX event_entry_source_idx;
