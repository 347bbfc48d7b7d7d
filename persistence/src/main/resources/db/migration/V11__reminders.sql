-- E-mail reminders of deadlines: the address of an organisation, and every reminder sent, so that nobody gets the
-- same reminder twice (a new deadline after an extension is a new reminder).
ALTER TABLE organization ADD COLUMN email VARCHAR(320);

CREATE SEQUENCE sent_reminder_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE sent_reminder (
    id              BIGINT        NOT NULL PRIMARY KEY,
    campaign_id     BIGINT        NOT NULL REFERENCES campaign (id),
    organization_id BIGINT        NOT NULL REFERENCES organization (id),
    reminder_type   VARCHAR(16)   NOT NULL,
    deadline        DATE          NOT NULL,
    recipient       VARCHAR(320)  NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sent_reminder_unique UNIQUE (campaign_id, organization_id, reminder_type, deadline),
    CONSTRAINT sent_reminder_type_check CHECK (reminder_type IN ('DUE_SOON', 'OVERDUE'))
);
