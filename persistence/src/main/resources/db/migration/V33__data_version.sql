-- The data version shared by every server over this database (docs/operations.md): one row, raised by each
-- transaction that writes an entity, in that transaction just before it commits. A page kept with the version it was
-- made under is current exactly while the row still holds that version, whichever server wrote.
CREATE TABLE data_version (
    id      INT    NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    CONSTRAINT data_version_single_row CHECK (id = 1)
);

INSERT INTO data_version (id, version) VALUES (1, 0);
