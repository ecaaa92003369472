-- ELIG-10: the precinct commission's conclusion on the application.
ALTER TABLE application
    ADD COLUMN commission_facts_confirmed boolean,
    ADD COLUMN commission_notes           text,
    ADD COLUMN commission_concluded_by    text,
    ADD COLUMN commission_concluded_at    timestamptz;

-- Decisions with the snapshot of their inputs and parameter versions (replayable, ELIG-15).
CREATE TABLE decision (
    id                   uuid PRIMARY KEY,
    application_id       uuid        NOT NULL UNIQUE REFERENCES application (id),
    family_id            text        NOT NULL,
    region_code          char(9)     NOT NULL,
    quarter              varchar(7)  NOT NULL,
    kind                 varchar(16) NOT NULL CHECK (kind IN ('UNCONDITIONAL', 'CONDITIONAL', 'REFUSED')),
    refusal_rule_id      varchar(8),
    refusal_reason       text,
    per_capita_income    numeric(14, 2),
    poverty_line         numeric(14, 2) NOT NULL,
    monthly_amount       numeric(14, 2),
    period_from          varchar(7),
    period_to            varchar(7),
    shares               jsonb       NOT NULL,
    explanation          jsonb       NOT NULL,
    inputs               jsonb       NOT NULL,
    commission_confirmed boolean     NOT NULL,
    parameters           jsonb       NOT NULL,
    decided_by           text        NOT NULL,
    decided_at           timestamptz NOT NULL,
    revoke_reason        text,
    revoked_by           text,
    revoked_at           timestamptz
);
CREATE INDEX decision_region_quarter ON decision (region_code, quarter);
