-- Plan versus fact: the recorded outcome of a plan entry. A report entry linked to the plan entry means it was
-- held; the outcome adds "held with changes" (what changed) or, without a link, "not held" (why).
CREATE SEQUENCE plan_outcome_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE plan_outcome (
    id             BIGINT        NOT NULL PRIMARY KEY,
    plan_entry_id  BIGINT        NOT NULL REFERENCES event_entry (id) ON DELETE CASCADE,
    outcome        VARCHAR(32)   NOT NULL,
    comment_text   VARCHAR(4000),
    recorded_by    VARCHAR(100)  NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT plan_outcome_entry_unique UNIQUE (plan_entry_id),
    CONSTRAINT plan_outcome_check CHECK (outcome IN ('HELD', 'HELD_WITH_CHANGES', 'NOT_HELD'))
);
