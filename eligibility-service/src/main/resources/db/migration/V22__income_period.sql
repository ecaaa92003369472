-- ELIG-03 [not in manual] (issue 9 item 4): the income period is a dated parameter like the others — the number of
-- months immediately before the quarter of application whose incomes count. RULES.md gives the default (the quarter
-- before, 3 months) as one an operator can change; the amount formula (ELIG-04) stays code (D-24).
CREATE TABLE income_period (
    id             bigserial PRIMARY KEY,
    months         integer NOT NULL CHECK (months BETWEEN 1 AND 12),
    valid_from     date        NOT NULL,
    valid_to       date,
    source         text        NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    recorded_by    text        NOT NULL,
    reason         text        NOT NULL,
    superseded_at  timestamptz,
    superseded_by  bigint REFERENCES income_period (id),
    CONSTRAINT income_period_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE UNIQUE INDEX income_period_active_from ON income_period (valid_from) WHERE superseded_at IS NULL;
CREATE TRIGGER income_period_guard BEFORE UPDATE OR DELETE ON income_period
    FOR EACH ROW EXECUTE FUNCTION reference_version_guard();
COMMENT ON TABLE income_period IS 'ELIG-03: months before the quarter of application whose incomes count (default 3 = the quarter before)';

-- From the start of the seeded data (2014, the first poverty-line method) on.
INSERT INTO income_period (months, valid_from, valid_to, source, recorded_by, reason) VALUES
(3, '2014-01-01', NULL,
 'RULES.md ELIG-03 [not in manual]: total family income over the income period (default: the quarter before the quarter of application, 3 months)',
 'flyway:V22__income_period', 'initial load: the default of RULES.md ELIG-03');
