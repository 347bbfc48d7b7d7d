-- Signed exchange (docs/exchange-signatures.md): the certificates partner accounts sign their messages with, and
-- the evidence the journal keeps of every received message's signature and of the signed answer.
CREATE SEQUENCE partner_certificate_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE partner_certificate (
    id              BIGINT        NOT NULL PRIMARY KEY,
    partner         VARCHAR(100)  NOT NULL,
    fingerprint     VARCHAR(64)   NOT NULL,
    subject         VARCHAR(500)  NOT NULL,
    issuer          VARCHAR(500)  NOT NULL,
    serial_number   VARCHAR(100)  NOT NULL,
    not_before      TIMESTAMP WITH TIME ZONE NOT NULL,
    not_after       TIMESTAMP WITH TIME ZONE NOT NULL,
    certificate_der TEXT          NOT NULL,
    uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by     VARCHAR(100)  NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    revoked_by      VARCHAR(100),
    revoke_reason   VARCHAR(1000),
    CONSTRAINT partner_certificate_fingerprint_unique UNIQUE (fingerprint)
);

CREATE INDEX partner_certificate_partner_idx ON partner_certificate (partner);

ALTER TABLE exchange_message ADD COLUMN signature_status VARCHAR(32);
ALTER TABLE exchange_message ADD COLUMN signer_fingerprint VARCHAR(64);
ALTER TABLE exchange_message ADD COLUMN signer_subject VARCHAR(500);
ALTER TABLE exchange_message ADD COLUMN signer_certificate TEXT;
ALTER TABLE exchange_message ADD COLUMN answer_envelope TEXT;
