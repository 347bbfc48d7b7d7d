-- Reporting campaigns: the window in which organisations hand in a kind of document for a period, and
-- extensions of the deadline for single organisations.
CREATE SEQUENCE campaign_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE campaign_extension_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE campaign (
    id          BIGINT      NOT NULL PRIMARY KEY,
    doc_kind    VARCHAR(16) NOT NULL,
    doc_level   VARCHAR(16) NOT NULL,
    period_code VARCHAR(8)  NOT NULL,
    opens_on    DATE        NOT NULL,
    closes_on   DATE        NOT NULL,
    version     BIGINT      NOT NULL,
    CONSTRAINT campaign_unique UNIQUE (doc_kind, doc_level, period_code),
    CONSTRAINT campaign_window_check CHECK (closes_on >= opens_on)
);

CREATE TABLE campaign_extension (
    id              BIGINT        NOT NULL PRIMARY KEY,
    campaign_id     BIGINT        NOT NULL REFERENCES campaign (id),
    organization_id BIGINT        NOT NULL REFERENCES organization (id),
    until_day       DATE          NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    granted_by      VARCHAR(100)  NOT NULL,
    granted_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX campaign_extension_campaign_idx ON campaign_extension (campaign_id);
