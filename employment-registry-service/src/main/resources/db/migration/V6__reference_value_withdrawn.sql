-- D-99: the day from which eligibility-service says a published reference version no longer counts (closed,
-- withdrawn, or superseded by a correction: then its first day). Kept apart from reference_value so that a
-- withdrawal delivered before its version still counts; the earliest day of a version wins on reading.
CREATE TABLE reference_value_withdrawn (
    parameter    text        NOT NULL,
    version      integer     NOT NULL,
    from_day     date        NOT NULL,
    valid_from   date        NOT NULL,
    withdrawn_at timestamptz NOT NULL,
    event_id     text,
    received_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (parameter, version, from_day)
);
