-- The transactional outbox: approved records waiting to be sent to partner systems. Written in the
-- approving transaction, sent by a background worker with the same message id on every attempt.
CREATE SEQUENCE outbound_message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE outbound_message (
    id              BIGINT        NOT NULL PRIMARY KEY,
    message_id      VARCHAR(36)   NOT NULL,
    partner         VARCHAR(100)  NOT NULL,
    operation       VARCHAR(64)   NOT NULL,
    submission_id   BIGINT        NOT NULL REFERENCES submission (id),
    status          VARCHAR(16)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    last_attempt_at TIMESTAMP WITH TIME ZONE,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(2000),
    version         BIGINT        NOT NULL,
    CONSTRAINT outbound_message_status_check CHECK (status IN ('PENDING', 'SENT', 'DEAD')),
    CONSTRAINT outbound_message_unique UNIQUE (message_id)
);

CREATE INDEX outbound_message_due_idx ON outbound_message (status, next_attempt_at);
