-- The exchange journal: every message received from (or sent to) a partner system, keyed by the
-- partner's message id, with the digest of its content and the answer for idempotent replay.
CREATE SEQUENCE exchange_message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE exchange_message (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    message_id           VARCHAR(36)   NOT NULL,
    reference_message_id VARCHAR(36),
    partner              VARCHAR(100)  NOT NULL,
    operation            VARCHAR(64)   NOT NULL,
    direction            VARCHAR(8)    NOT NULL,
    received_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at          TIMESTAMP WITH TIME ZONE,
    size_bytes           BIGINT        NOT NULL,
    body_sha256          VARCHAR(64)   NOT NULL,
    status               VARCHAR(32)   NOT NULL,
    fault_code           VARCHAR(64),
    response_body        VARCHAR,
    CONSTRAINT exchange_message_direction_check CHECK (direction IN ('IN', 'OUT')),
    CONSTRAINT exchange_message_unique UNIQUE (partner, message_id)
);

CREATE INDEX exchange_message_received_idx ON exchange_message (received_at);
