-- A family's case, opened when its TSA application is received (walking skeleton of the flow).
CREATE TABLE family_case (
    application_id          uuid PRIMARY KEY,
    family_id               text        NOT NULL,
    region_code             char(9)     NOT NULL,
    quarter                 varchar(7)  NOT NULL,
    member_count            int         NOT NULL CHECK (member_count > 0),
    application_received_at timestamptz NOT NULL,
    opened_at               timestamptz NOT NULL,
    status                  varchar(32) NOT NULL
);
CREATE INDEX family_case_family ON family_case (family_id);
