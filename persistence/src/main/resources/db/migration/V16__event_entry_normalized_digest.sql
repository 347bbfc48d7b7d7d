-- The digest of an entry's normalized places, countries and field statuses: a rewrite that normalizes to the same
-- leaves the three collections as they are instead of reading and rewriting them. Entries written before have no
-- digest; their collections are rewritten (and the digest set) the next time they are normalized.
ALTER TABLE event_entry ADD COLUMN normalized_digest VARCHAR(64);
