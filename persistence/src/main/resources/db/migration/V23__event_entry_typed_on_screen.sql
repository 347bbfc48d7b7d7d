-- Whether an entry was last written by hand (the entry form on screen or /api/events) rather than by an import or a
-- partner system: a later import that would replace or delete such an entry says so in its preview and keeps or
-- replaces it only as the person importing chooses. Entries written before are taken as not typed by hand.
ALTER TABLE event_entry ADD COLUMN typed_on_screen BOOLEAN DEFAULT FALSE NOT NULL;
