-- Applications received by eligibility-service and not yet decided (payment planning read model).
CREATE TABLE pending_application (
    application_id uuid PRIMARY KEY,
    family_id      text        NOT NULL,
    region_code    char(9)     NOT NULL,
    quarter        varchar(7)  NOT NULL,
    member_count   int         NOT NULL CHECK (member_count > 0),
    received_at    timestamptz NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX pending_application_region_quarter ON pending_application (region_code, quarter);
