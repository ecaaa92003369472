-- ELIG-01 / PAY-04: a person belongs to one family at a time. One row per member of an application: held while the
-- application is open (the months of its quarter) and while its assignment runs (the assigned months); a refusal or
-- a revocation releases it. The person is known only by a keyed hash of the IIN (person_key), never the IIN.
CREATE TABLE family_membership (
    application_id uuid        NOT NULL REFERENCES application (id),
    person_key     char(64)    NOT NULL,
    family_id      text        NOT NULL,
    month_from     date        NOT NULL,  -- first day of the first month held
    month_to       date        NOT NULL,  -- first day of the last month held
    state          varchar(16) NOT NULL CHECK (state IN ('OPEN', 'ASSIGNED', 'RELEASED')),
    changed_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (application_id, person_key),
    CHECK (month_to >= month_from)
);
CREATE INDEX family_membership_held ON family_membership (person_key) WHERE state <> 'RELEASED';

-- Applications stored before this migration had one family per application ("F-" || id); they hold their members by
-- IIN only, which this table never stores, so they are not back-filled: see docs/decisions.md D-12.
