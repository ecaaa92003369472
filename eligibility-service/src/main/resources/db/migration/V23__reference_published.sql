-- D-25: which versions of the MCI and the retirement ages have been published on tsa.reference.v1 (through the
-- outbox, in the same transaction as the row here), so that each is published exactly once — at start-up for the
-- seeded rows, in the recording transaction for a new one, and never again after a restart or by a second instance.
CREATE TABLE reference_published (
    parameter     varchar(40) NOT NULL,
    row_id        bigint      NOT NULL,
    event_id      uuid        NOT NULL,
    published_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (parameter, row_id)
);
COMMENT ON TABLE reference_published IS 'D-25: a version (parameter name, row id) published as ReferenceValuePublished';
