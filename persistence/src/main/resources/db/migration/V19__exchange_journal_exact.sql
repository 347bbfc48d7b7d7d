-- Every received message journaled once with the answer as sent: the test flag, the entry a replay answered from,
-- the receipt kept for replays apart from the answer (which is now the SOAP body's XML as sent), the digest of the
-- records' content apart from the digest of the received bytes, and the message id of the registry's answer.
ALTER TABLE exchange_message ADD COLUMN test_message BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE exchange_message ADD COLUMN replay_of BIGINT;
ALTER TABLE exchange_message ADD COLUMN receipt TEXT;
ALTER TABLE exchange_message ADD COLUMN content_sha256 VARCHAR(64);
ALTER TABLE exchange_message ADD COLUMN answer_message_id VARCHAR(36);
UPDATE exchange_message SET receipt = response_body, response_body = NULL, content_sha256 = body_sha256
    WHERE direction = 'IN' AND dedup_key IS NOT NULL;
UPDATE exchange_message SET message_id = LOWER(message_id), reference_message_id = LOWER(reference_message_id)
    WHERE direction = 'IN';
CREATE INDEX exchange_message_answer_idx ON exchange_message (partner, answer_message_id);
