-- payment-service: assignments (decision + contract facts), their schedule lines (PAY-01), payment runs with their
-- chunk cursor, payment lines under unique idempotency keys (PAY-04) with their trace (PAY-05), recoveries (CON-06).

-- One row per decided assignment; the facts as a JSON document (the domain's Assignment), status for queries.
CREATE TABLE assignment (
    decision_id    uuid PRIMARY KEY,
    application_id uuid,
    family_id      text        NOT NULL,
    region_code    char(9)     NOT NULL,
    kind           text        NOT NULL CHECK (kind IN ('UNCONDITIONAL', 'CONDITIONAL')),
    status         text        NOT NULL,
    document       jsonb       NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assignment_family ON assignment (family_id);

-- The schedule (PAY-01): one member's share of one month, what is due now and the run month that pays it.
CREATE TABLE entitlement (
    decision_id  uuid          NOT NULL REFERENCES assignment (decision_id),
    person_key   char(64)      NOT NULL,
    month        char(7)       NOT NULL,
    family_id    text          NOT NULL,
    region_code  char(9)       NOT NULL,
    masked_iin   text          NOT NULL,
    pay_month    char(7)       NOT NULL,
    kind         text          NOT NULL CHECK (kind IN ('MONTHLY', 'LUMP_SUM')),
    base_amount  numeric(14, 2) NOT NULL,
    amount       numeric(14, 2) NOT NULL CHECK (amount >= 0),
    rule_ids     text          NOT NULL,
    contract_id  uuid,
    status       text          NOT NULL,
    PRIMARY KEY (decision_id, person_key, month)
);
-- the run's chunks walk the families in key order
CREATE INDEX entitlement_family_month ON entitlement (family_id, pay_month);

CREATE TABLE payment_run (
    id           uuid PRIMARY KEY,
    month        char(7)     NOT NULL,
    status       text        NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED')),
    requested_by text        NOT NULL,
    started_at   timestamptz NOT NULL,
    completed_at timestamptz,
    cursor       text        NOT NULL DEFAULT '',
    lines_done   bigint      NOT NULL DEFAULT 0,
    lines_total  bigint      NOT NULL DEFAULT 0,
    chunks_done  int         NOT NULL DEFAULT 0
);
-- PAY-04: one RUNNING run per month at a time
CREATE UNIQUE INDEX payment_run_one_running_per_month ON payment_run (month) WHERE status = 'RUNNING';

-- PAY-04/05: the instructions, never changed once issued.
CREATE TABLE payment_line (
    id              bigserial PRIMARY KEY,
    idempotency_key text          NOT NULL,
    run_id          uuid          NOT NULL REFERENCES payment_run (id),
    run_month       char(7)       NOT NULL,
    family_id       text          NOT NULL,
    region_code     char(9)       NOT NULL,
    person_key      char(64)      NOT NULL,
    masked_iin      text          NOT NULL,
    month           char(7)       NOT NULL,
    kind            text          NOT NULL CHECK (kind IN ('MONTHLY', 'LUMP_SUM', 'ADJUSTMENT')),
    amount          numeric(14, 2) NOT NULL,
    decision_id     uuid          NOT NULL,
    contract_id     uuid,
    contract_state  text          NOT NULL,
    rule_ids        text          NOT NULL,
    issued_at       timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT payment_line_idempotency_key UNIQUE (idempotency_key)
);
CREATE INDEX payment_line_family ON payment_line (family_id, person_key, month);
CREATE INDEX payment_line_run ON payment_line (run_id);
CREATE INDEX payment_line_run_month ON payment_line (run_month, region_code);

CREATE FUNCTION payment_line_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'payment_line is append-only: a paid line is never changed (PAY-04)';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER payment_line_append_only BEFORE UPDATE OR DELETE ON payment_line
    FOR EACH ROW EXECUTE FUNCTION payment_line_is_append_only();

-- CON-06 (2): what a revocation leaves to recover; one per decision.
CREATE TABLE recovery (
    id          uuid PRIMARY KEY,
    decision_id uuid           NOT NULL UNIQUE,
    family_id   text           NOT NULL,
    region_code char(9)        NOT NULL,
    rule_id     text           NOT NULL,
    reason      text           NOT NULL,
    amount      numeric(14, 2) NOT NULL CHECK (amount > 0),
    months      text           NOT NULL,
    masked_iins text           NOT NULL,
    recorded_at timestamptz    NOT NULL
);
CREATE INDEX recovery_region ON recovery (region_code, family_id);
