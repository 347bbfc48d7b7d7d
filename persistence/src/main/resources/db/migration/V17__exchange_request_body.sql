-- The exchange journal keeps the message as received (or, for messages sent to partners, the operation's element
-- as sent) beside the answer, for the same retention; large and rarely read, so TEXT as in V15.
ALTER TABLE exchange_message ADD COLUMN request_body TEXT;
