-- D-99: a published reference version is also announced when it stops counting (closed, withdrawn or superseded):
-- one claim per (parameter, row, kind), kind 'PUBLISHED' for the version itself, 'FROM <date>' for the first day it
-- no longer counts. Versions closed or superseded before this migration are announced on the next release round.
ALTER TABLE reference_published ADD COLUMN kind varchar(20) NOT NULL DEFAULT 'PUBLISHED';
ALTER TABLE reference_published DROP CONSTRAINT reference_published_pkey;
ALTER TABLE reference_published ADD PRIMARY KEY (parameter, row_id, kind);
COMMENT ON COLUMN reference_published.kind IS
    'D-99: PUBLISHED (ReferenceValuePublished) or FROM <date> (ReferenceValueWithdrawn from that day)';
