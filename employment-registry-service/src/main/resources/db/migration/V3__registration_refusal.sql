-- D-70: refused registrations are kept — as job seeker (EMP-02, EMP-09) or as unemployed (EMP-06). The person by key
-- and masked IIN only (no clear IIN here); the actor is in the audit trail. Append-only.
CREATE TABLE registration_refusal (
    id              uuid        PRIMARY KEY,
    stage           varchar(16) NOT NULL,
    registration_id uuid        REFERENCES registration (id),
    person_key      char(64)    NOT NULL,
    masked_iin      text        NOT NULL,
    family_id       text,
    region_code     char(9)     NOT NULL,
    channel         varchar(16) NOT NULL,
    rule_id         varchar(16) NOT NULL,
    code            text        NOT NULL,
    reasons         jsonb       NOT NULL,
    facts           jsonb       NOT NULL,
    refused_on      date        NOT NULL,
    refused_at      timestamptz NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT registration_refusal_stage CHECK (stage IN ('JOB_SEEKER', 'UNEMPLOYED')),
    CONSTRAINT registration_refusal_of_registration CHECK ((stage = 'UNEMPLOYED') = (registration_id IS NOT NULL))
);
CREATE INDEX registration_refusal_person ON registration_refusal (person_key, refused_at);
CREATE INDEX registration_refusal_region ON registration_refusal (region_code, refused_on);

CREATE FUNCTION registration_refusal_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'registration_refusal is append-only';
END $$ LANGUAGE plpgsql;
CREATE TRIGGER registration_refusal_append_only BEFORE UPDATE OR DELETE ON registration_refusal
    FOR EACH ROW EXECUTE FUNCTION registration_refusal_append_only();
