-- Schema of the registry of international events. Plain SQL that runs unchanged on
-- PostgreSQL 15 and on H2 2.x (MODE=PostgreSQL): no vendor types, no identity quirks.
-- Sequences start at their increment: EclipseLink treats NEXTVAL as the end of a block of 50.

CREATE SEQUENCE organization_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE organization_name_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE sphere_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE submission_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE submission_transition_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE event_entry_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE event_series_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE agreement_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_record_seq START WITH 50 INCREMENT BY 50;

-- Municipalities, regional executive bodies, their institutions, the coordinating body.
CREATE TABLE organization (
    id            BIGINT       NOT NULL PRIMARY KEY,
    code          VARCHAR(64)  NOT NULL UNIQUE,
    kind          VARCHAR(32)  NOT NULL,
    parent_id     BIGINT       REFERENCES organization (id),
    okato         VARCHAR(16),
    sort_order    INTEGER      NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    version       BIGINT       NOT NULL DEFAULT 0
);

-- Dated names of an organisation: the official name valid in [valid_from, valid_to] and aliases
-- (short forms, historic «… район» names, spellings seen in documents).
CREATE TABLE organization_name (
    id              BIGINT        NOT NULL PRIMARY KEY,
    organization_id BIGINT        NOT NULL REFERENCES organization (id),
    name            VARCHAR(500)  NOT NULL,
    name_kind       VARCHAR(16)   NOT NULL,
    valid_from      DATE,
    valid_to        DATE
);
CREATE INDEX organization_name_org_idx ON organization_name (organization_id);

-- Spheres of cooperation, an open list ordered as in the official regional documents.
CREATE TABLE sphere (
    id          BIGINT        NOT NULL PRIMARY KEY,
    code        VARCHAR(64)   NOT NULL UNIQUE,
    name        VARCHAR(500)  NOT NULL,
    plan_title   VARCHAR(1000),
    report_title VARCHAR(1000),
    sort_order  INTEGER       NOT NULL,
    responsible_organization_id BIGINT REFERENCES organization (id),
    active      BOOLEAN       NOT NULL DEFAULT TRUE,
    version     BIGINT        NOT NULL DEFAULT 0
);

CREATE TABLE sphere_alias (
    sphere_id   BIGINT        NOT NULL REFERENCES sphere (id),
    alias       VARCHAR(1000) NOT NULL,
    PRIMARY KEY (sphere_id, alias)
);

-- ISO 3166-1 countries with Russian names, plus partially recognised states.
CREATE TABLE country (
    code         VARCHAR(2)    NOT NULL PRIMARY KEY,
    alpha3       VARCHAR(3)    NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    full_name    VARCHAR(300),
    status       VARCHAR(32)   NOT NULL,
    sort_order   INTEGER       NOT NULL DEFAULT 1000
);

CREATE TABLE country_alias (
    country_code VARCHAR(2)    NOT NULL REFERENCES country (code),
    alias        VARCHAR(300)  NOT NULL,
    PRIMARY KEY (country_code, alias)
);

-- Binding of a signed-in account to its organisation (operators are scoped to it).
CREATE TABLE user_account (
    username        VARCHAR(100)  NOT NULL PRIMARY KEY,
    full_name       VARCHAR(300),
    organization_id BIGINT        REFERENCES organization (id),
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    version         BIGINT        NOT NULL DEFAULT 0
);

-- One organisation's plan or report for one period.
CREATE TABLE submission (
    id              BIGINT        NOT NULL PRIMARY KEY,
    organization_id BIGINT        NOT NULL REFERENCES organization (id),
    period_code     VARCHAR(8)    NOT NULL,
    doc_kind        VARCHAR(16)   NOT NULL,
    doc_level       VARCHAR(16)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    note            VARCHAR,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE,
    submitted_by    VARCHAR(100),
    decided_at      TIMESTAMP WITH TIME ZONE,
    decided_by      VARCHAR(100),
    return_reason   VARCHAR(4000),
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT submission_unique UNIQUE (organization_id, period_code, doc_kind, doc_level)
);
CREATE INDEX submission_period_idx ON submission (period_code, doc_kind, doc_level);

CREATE TABLE submission_transition (
    id            BIGINT        NOT NULL PRIMARY KEY,
    submission_id BIGINT        NOT NULL REFERENCES submission (id),
    from_status   VARCHAR(16),
    to_status     VARCHAR(16)   NOT NULL,
    actor         VARCHAR(100)  NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    comment_text  VARCHAR(4000)
);
CREATE INDEX submission_transition_sub_idx ON submission_transition (submission_id);

-- Recurring events grouped across years («Маленькие шедевры», «Эврика» …).
CREATE TABLE event_series (
    id              BIGINT        NOT NULL PRIMARY KEY,
    name            VARCHAR(1000) NOT NULL,
    series_key      VARCHAR(1000) NOT NULL UNIQUE,
    version         BIGINT        NOT NULL DEFAULT 0
);

-- One row of a plan or report: the official columns verbatim and their normalized values.
CREATE TABLE event_entry (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    submission_id          BIGINT        NOT NULL REFERENCES submission (id),
    ordinal                INTEGER       NOT NULL,
    section_title          VARCHAR(2000),
    section_organization_id BIGINT       REFERENCES organization (id),
    section_sphere_id      BIGINT        REFERENCES sphere (id),
    name_raw               VARCHAR       NOT NULL,
    place_raw              VARCHAR,
    dates_raw              VARCHAR,
    description_raw        VARCHAR,
    goal_raw               VARCHAR,
    outcome_raw            VARCHAR,
    participants_raw       VARCHAR,
    date_start             DATE,
    date_end               DATE,
    date_precision         VARCHAR(16),
    date_class             VARCHAR(32),
    date_qualifier         VARCHAR(1000),
    event_format           VARCHAR(16),
    event_role             VARCHAR(16),
    participants_count     INTEGER,
    participants_count_max INTEGER,
    participants_qualifier VARCHAR(16),
    participants_scope     VARCHAR(16),
    plan_entry_id          BIGINT        REFERENCES event_entry (id),
    series_id              BIGINT        REFERENCES event_series (id),
    edition                INTEGER,
    source_system          VARCHAR(100),
    source_record_id       VARCHAR(200),
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX event_entry_submission_idx ON event_entry (submission_id, ordinal);
CREATE INDEX event_entry_dates_idx ON event_entry (date_start, date_end);
CREATE UNIQUE INDEX event_entry_source_idx ON event_entry (source_system, source_record_id);

CREATE TABLE event_place (
    event_id      BIGINT        NOT NULL REFERENCES event_entry (id),
    place_index   INTEGER       NOT NULL,
    raw_text      VARCHAR(2000) NOT NULL,
    locality      VARCHAR(300),
    region        VARCHAR(300),
    country_code  VARCHAR(2)    REFERENCES country (code),
    PRIMARY KEY (event_id, place_index)
);

CREATE TABLE event_country (
    event_id      BIGINT        NOT NULL REFERENCES event_entry (id),
    country_code  VARCHAR(2)    NOT NULL REFERENCES country (code),
    PRIMARY KEY (event_id, country_code)
);
CREATE INDEX event_country_country_idx ON event_country (country_code);

CREATE TABLE event_field_status (
    event_id      BIGINT        NOT NULL REFERENCES event_entry (id),
    field         VARCHAR(16)   NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    message       VARCHAR(1000),
    PRIMARY KEY (event_id, field)
);

-- Documents signed at an event (from report results): the agreements registry.
CREATE TABLE agreement (
    id            BIGINT        NOT NULL PRIMARY KEY,
    event_id      BIGINT        NOT NULL REFERENCES event_entry (id),
    agreement_type VARCHAR(32)  NOT NULL,
    title         VARCHAR(2000) NOT NULL,
    parties       VARCHAR(2000),
    signed_on     DATE,
    raw_text      VARCHAR(4000) NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX agreement_event_idx ON agreement (event_id);

-- Who changed what and when, with the state before and after (JSON text).
CREATE TABLE audit_record (
    id            BIGINT        NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    username      VARCHAR(100)  NOT NULL,
    action        VARCHAR(32)   NOT NULL,
    entity_type   VARCHAR(64)   NOT NULL,
    entity_id     VARCHAR(100)  NOT NULL,
    summary       VARCHAR(1000),
    before_state  VARCHAR,
    after_state   VARCHAR
);
CREATE INDEX audit_record_entity_idx ON audit_record (entity_type, entity_id);
CREATE INDEX audit_record_time_idx ON audit_record (occurred_at);
