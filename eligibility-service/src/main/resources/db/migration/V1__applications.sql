-- Applications with the whole family (ELIG-01, ELIG-14). Personal data: IINs live only here and in members.
CREATE TABLE application (
    id               uuid PRIMARY KEY,
    family_id        text        NOT NULL,
    region_code      char(9)     NOT NULL,
    quarter          varchar(7)  NOT NULL,
    channel          varchar(16) NOT NULL,
    submitted_by     text        NOT NULL,
    received_at      timestamptz NOT NULL,
    status           varchar(32) NOT NULL,
    members          jsonb       NOT NULL,
    living_conditions jsonb      NOT NULL,
    idempotency_key  text,
    fingerprint      char(64),
    CONSTRAINT application_idempotency UNIQUE (submitted_by, idempotency_key)
);
CREATE INDEX application_family ON application (family_id);
CREATE INDEX application_region_quarter ON application (region_code, quarter);

