-- employment-registry-service: registrations as aggregates (EMP-01..10, PRG-01..10), the missed check-ins, the
-- Programme's dated limits, the reference values learned from tsa.reference.v1 (D-40) and the persons' families (D-41).

-- The registration aggregate is stored whole as a JSON document (person by key and masked IIN, residence, EMP-03
-- window, check-in schedule, referrals, measures, deregistration); the columns beside it are what the queries, the
-- jobs and the version check need. The IIN stays in its column (V1), never in the document or an event.
-- Rows without a document (written before V2) are counted by the summary and otherwise ignored.
ALTER TABLE registration
    ADD COLUMN person_key        char(64),
    ADD COLUMN family_id         text,
    ADD COLUMN rural             boolean     NOT NULL DEFAULT false,
    ADD COLUMN channel           varchar(16),
    ADD COLUMN offer_deadline    date,
    ADD COLUMN offer_made        boolean     NOT NULL DEFAULT false,
    ADD COLUMN next_check_in_due date,
    ADD COLUMN next_referral_due date,
    ADD COLUMN version           bigint      NOT NULL DEFAULT 1,
    ADD COLUMN created_at        timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN updated_at        timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN document          jsonb;
ALTER TABLE registration ADD CONSTRAINT registration_status_known
    CHECK (status IN ('JOB_SEEKER', 'UNEMPLOYED', 'DEREGISTERED'));
-- one open registration per person: a concurrent second registration of the same person stores nothing
CREATE UNIQUE INDEX registration_open_per_person ON registration (person_key)
    WHERE person_key IS NOT NULL AND status <> 'DEREGISTERED';
CREATE INDEX registration_person ON registration (person_key);
CREATE INDEX registration_check_in_due ON registration (next_check_in_due)
    WHERE document IS NOT NULL AND status <> 'DEREGISTERED';
CREATE INDEX registration_referral_due ON registration (next_referral_due)
    WHERE document IS NOT NULL AND status <> 'DEREGISTERED';
CREATE INDEX registration_awaiting_offer ON registration (region_code, offer_deadline)
    WHERE document IS NOT NULL AND status = 'JOB_SEEKER' AND NOT offer_made;

-- EMP-04/07: each missed check-in, once per due day (the job's second run or a second instance inserts nothing)
CREATE TABLE missed_check_in (
    registration_id uuid NOT NULL REFERENCES registration (id),
    due_on          date NOT NULL,
    detected_on     date NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (registration_id, due_on)
);

-- The Programme's and the registry's own limits [param]: dated reference data owned by this service, append-only
-- (a change closes the old row's validity and inserts a new row; rows are never updated otherwise or deleted).
CREATE TABLE programme_parameter (
    id          bigserial PRIMARY KEY,
    parameter   text        NOT NULL,
    valid_from  date        NOT NULL,
    valid_to    date,
    value       numeric     NOT NULL,
    unit        text        NOT NULL,
    source      text        NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    recorded_by text        NOT NULL,
    CONSTRAINT programme_parameter_validity CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT programme_parameter_once UNIQUE (parameter, valid_from)
);
CREATE FUNCTION programme_parameter_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'programme_parameter is append-only';
    END IF;
    IF NEW.parameter <> OLD.parameter OR NEW.valid_from <> OLD.valid_from OR NEW.value <> OLD.value
            OR OLD.valid_to IS NOT NULL THEN
        RAISE EXCEPTION 'programme_parameter rows are closed (valid_to) and superseded, never rewritten';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER programme_parameter_append_only BEFORE UPDATE OR DELETE ON programme_parameter
    FOR EACH ROW EXECUTE FUNCTION programme_parameter_append_only();

INSERT INTO programme_parameter (parameter, valid_from, value, unit, source, recorded_by)
SELECT p, DATE '2018-01-01', v, u, s, 'flyway:V2__registry' FROM (VALUES
 ('EMP03_OFFER_WORKING_DAYS', 10, 'working days', 'RULES.md EMP-03 (Employment Law art. 14): offer suitable work and vocational orientation within 10 working days of registration'),
 ('EMP04_CHECK_IN_DAYS', 3, 'calendar days', 'RULES.md EMP-04: job seekers check in at least once every three days (rural residents at the akim)'),
 ('EMP05_NOTIFICATION_DAYS', 10, 'calendar days', 'RULES.md EMP-05 (Employment Law art. 14): notified of the registration date or the refusal after 10 calendar days from the application'),
 ('EMP06_MIN_AGE', 16, 'years', 'RULES.md EMP-06 (1) and EMP-02: under 16 not registered as unemployed; a legal representative applies'),
 ('EMP07_CHECK_IN_WORKING_DAYS', 10, 'working days', 'RULES.md EMP-07: the unemployed check in at least once every 10 working days'),
 ('EMP07_RURAL_CHECK_IN_MONTHS', 1, 'months', 'RULES.md EMP-07: rural residents at least once a month at the akim'),
 ('EMP08_REFUSALS_TO_DEREGISTER', 2, 'refusals', 'RULES.md EMP-08 (1) (Employment Law art. 16): refused two offers of suitable work'),
 ('EMP08_INVITATION_WORKING_DAYS', 3, 'working days', 'RULES.md EMP-08 (2): did not come within 3 working days when invited for active measures'),
 ('EMP09_BAN_DAYS', 30, 'calendar days', 'RULES.md EMP-09 (Employment Law art. 16 p. 2): a new registration only after 30 calendar days'),
 ('PRG10_TURN_UP_WORKING_DAYS', 5, 'working days', 'RULES.md EMP-08 (2), PRG-10: turn up at the employer or place of training within 5 working days of referral'),
 ('PRG01_TRAINING_MIN_MONTHS', 1, 'months', 'RULES.md PRG-01: short-term vocational training 1 to 6 months'),
 ('PRG01_TRAINING_MAX_MONTHS', 6, 'months', 'RULES.md PRG-01: short-term vocational training 1 to 6 months'),
 ('PRG01_ENTREPRENEURSHIP_MAX_DAYS', 15, 'calendar days', 'RULES.md PRG-01: entrepreneurship basics at most 15 days'),
 ('PRG02_EMPLOYER_SHARE_MIN_PERCENT', 30, 'percent', 'RULES.md PRG-02: the employer co-finances at least 30 % of the course'),
 ('PRG03_BASTAU_MAX_DAYS', 30, 'calendar days', 'RULES.md PRG-03: "Bastau Business" at most 30 calendar days'),
 ('PRG04_MAX_MCI', 8000, 'MCI', 'RULES.md PRG-04 [param]: a micro-credit of at most 8,000 MCI'),
 ('PRG04_MAX_RATE_PERCENT', 6, 'percent a year', 'RULES.md PRG-04 [param]: nominal rate at most 6 % a year'),
 ('PRG04_MAX_TERM_YEARS', 5, 'years', 'RULES.md PRG-04 [param]: term up to 5 years'),
 ('PRG04_MAX_TERM_YEARS_LIVESTOCK', 7, 'years', 'RULES.md PRG-04 [param]: up to 7 years for livestock and agricultural cooperatives'),
 ('PRG04_GRACE_MAX_DIVISOR', 3, 'divisor of the term', 'RULES.md PRG-04 [param]: grace period at most one third of the term'),
 ('PRG04_CERTIFICATE_YEARS', 2, 'years', 'RULES.md PRG-04: entrepreneurship training certificate of this Programme, or another within the last two years'),
 ('PRG05_SOCIAL_JOB_MAX_MONTHS', 12, 'months', 'RULES.md PRG-05: social jobs at most 12 months per person'),
 ('PRG05_EMPLOYER_ANSWER_WORKING_DAYS', 3, 'working days', 'RULES.md PRG-05: the employer tells the Centre within 3 working days whether it hired or refused'),
 ('PRG06_MAX_AGE', 29, 'years', 'RULES.md PRG-06: youth practice for graduates aged at most 29'),
 ('PRG06_GRADUATION_YEARS', 3, 'years', 'RULES.md PRG-06: within 3 years of graduation'),
 ('PRG06_MAX_MONTHS', 6, 'months', 'RULES.md PRG-06: at most 6 months'),
 ('PRG07_LONG_REGISTERED_MONTHS', 6, 'months', 'RULES.md PRG-07: priority to the unemployed registered more than 6 months'),
 ('PRG08_RELOCATION_INTER_REGION_MCI', 35, 'MCI per family member', 'RULES.md PRG-08 [param, MCI]: one-off relocation subsidy 35 MCI between regions'),
 ('PRG08_RELOCATION_WITHIN_OBLAST_MCI', 25, 'MCI per family member', 'RULES.md PRG-08 [param, MCI]: 25 MCI within one oblast'),
 ('PRG08_RENT_URBAN_1_MCI', 20, 'MCI a month', 'RULES.md PRG-08 [param, MCI]: rent subsidy, urban, 1 person'),
 ('PRG08_RENT_URBAN_2_4_MCI', 25, 'MCI a month', 'RULES.md PRG-08 [param, MCI]: rent subsidy, urban, 2-4 members'),
 ('PRG08_RENT_URBAN_5_PLUS_MCI', 30, 'MCI a month', 'RULES.md PRG-08 [param, MCI]: rent subsidy, urban, 5 or more'),
 ('PRG08_RENT_RURAL_1_MCI', 15, 'MCI a month', 'RULES.md PRG-08 [param, MCI]: rent and utilities, rural, 1 person'),
 ('PRG08_RENT_RURAL_2_4_MCI', 18, 'MCI a month', 'RULES.md PRG-08 [param, MCI]: rent and utilities, rural, 2-4 members'),
 ('PRG08_RENT_RURAL_5_PLUS_MCI', 21, 'MCI a month', 'RULES.md PRG-08 [param, MCI]: rent and utilities, rural, 5 or more'),
 ('PRG08_RENT_MONTHS', 12, 'months', 'RULES.md PRG-08 [param]: the monthly rent subsidy for 12 months')
) AS t(p, v, u, s);

-- D-40: reference values owned by eligibility-service (MCI, retirement ages), one row per published version
-- (the highest version of a (parameter, valid_from) wins); a replayed version inserts nothing.
CREATE TABLE reference_value (
    parameter    text        NOT NULL,
    valid_from   date        NOT NULL,
    valid_to     date,
    value        numeric     NOT NULL,
    version      integer     NOT NULL,
    source       text        NOT NULL,
    published_at timestamptz NOT NULL,
    event_id     text,
    received_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (parameter, valid_from, version),
    CONSTRAINT reference_value_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

-- D-41: the TSA family of a person, from eligibility-service's decisions (the latest decision wins)
CREATE TABLE person_family (
    person_key char(64)    PRIMARY KEY,
    family_id  text        NOT NULL,
    decided_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
