-- Social contracts (CON-01..13). The aggregate is stored whole as a JSON document (members with their
-- CON-07/09 facts by person key and masked IIN, the plan, breaches, signature, extension, sanction,
-- termination); the columns beside it are what the queries, the jobs and the version check need.
CREATE TABLE contract (
    id                 uuid PRIMARY KEY,
    decision_id        uuid        NOT NULL UNIQUE,   -- one contract per conditional decision (idempotent draft)
    application_id     uuid,
    family_id          text        NOT NULL,
    region_code        char(9)     NOT NULL,
    status             varchar(16) NOT NULL CHECK (status IN ('DRAFT','SIGNED','EXTENDED','COMPLETED','LAPSED','TERMINATED')),
    signing_deadline   date        NOT NULL,
    term_end           date,
    pending_breaches   int         NOT NULL DEFAULT 0,
    version            bigint      NOT NULL,
    opened_at          timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    document           jsonb       NOT NULL
);
CREATE INDEX contract_family ON contract (family_id);
CREATE INDEX contract_draft_deadline ON contract (signing_deadline) WHERE status = 'DRAFT';
CREATE INDEX contract_running_end ON contract (term_end) WHERE status IN ('SIGNED','EXTENDED');
CREATE INDEX contract_pending ON contract (region_code) WHERE pending_breaches > 0;

-- CON-04 [param]: the term of a contract in months, dated reference data (never a constant in code).
CREATE TABLE contract_term (
    id          bigserial PRIMARY KEY,
    months      integer NOT NULL CHECK (months BETWEEN 1 AND 24),
    valid_from  date    NOT NULL UNIQUE,
    valid_to    date,
    source      text    NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    recorded_by text    NOT NULL,
    CONSTRAINT contract_term_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
INSERT INTO contract_term (months, valid_from, valid_to, source, recorded_by) VALUES
(6, '2018-01-01', NULL,
 'RULES.md CON-04 and ELIG-13 (TSA Law art. 4 p. 10), from the training manual on the new TSA format in force from 2018-01-01 (../seeds/000_6f210233dbebf250.txt)',
 'flyway:V2__contracts');
