-- The journal records every received message, reads and refusals too, which may repeat a message id:
-- uniqueness now holds only for the messages processed once (received SubmitEvents, sent messages).
ALTER TABLE exchange_message ADD COLUMN dedup_key VARCHAR(250);
UPDATE exchange_message SET dedup_key = direction || ':' || partner || ':' || message_id;
ALTER TABLE exchange_message DROP CONSTRAINT exchange_message_unique;
CREATE UNIQUE INDEX exchange_message_dedup_idx ON exchange_message (dedup_key);
CREATE INDEX exchange_message_partner_idx ON exchange_message (partner, message_id);
