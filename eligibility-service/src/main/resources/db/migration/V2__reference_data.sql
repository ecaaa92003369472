-- Reference money data of eligibility-service (RULES.md §1 REF-01..08, ELIG-06, CON-04, AMD-01).
--
-- Every [param] is a dated value: one row per version with its validity [valid_from, valid_to]
-- (valid_to NULL = until changed), its source, who recorded it and why. History is never rewritten:
-- a change closes the validity of the version in force (valid_to moves earlier) and inserts a new
-- version; a correction of the same period marks the old row superseded (superseded_at/_by) and keeps
-- it, so a decision that cites a row id can always be replayed. The guard trigger below lets the
-- database itself refuse anything else (DELETE, changed values, a validity that grows).
-- Quarterly values (prices, regional figures) hold exactly one calendar quarter per row.
-- The seed with its sources is V3__reference_seed.sql; docs/reference-data.md describes both.

CREATE TABLE region (
    code     char(9) PRIMARY KEY CHECK (code ~ '^[0-9]{9}$'),
    name_kk  text        NOT NULL,
    name_ru  text        NOT NULL,
    name_en  text        NOT NULL,
    kind     varchar(40) NOT NULL CHECK (kind IN ('OBLAST', 'CITY_OF_REPUBLICAN_SIGNIFICANCE')),
    note     text,
    source   text        NOT NULL
);
COMMENT ON TABLE region IS 'The 20 top-level regions by KATO code (REFERENCE-DATA.md §1): 17 oblasts, Astana, Almaty, Shymkent';

-- Refuses deletes and any update other than closing a validity earlier or marking a row superseded.
CREATE FUNCTION reference_version_guard() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION '%: reference versions are never deleted', TG_TABLE_NAME;
    END IF;
    IF (to_jsonb(NEW) - 'valid_to' - 'superseded_at' - 'superseded_by')
            IS DISTINCT FROM (to_jsonb(OLD) - 'valid_to' - 'superseded_at' - 'superseded_by') THEN
        RAISE EXCEPTION '%: version % is never rewritten; add a new version', TG_TABLE_NAME, OLD.id;
    END IF;
    IF OLD.valid_to IS NOT NULL AND (NEW.valid_to IS NULL OR NEW.valid_to > OLD.valid_to) THEN
        RAISE EXCEPTION '%: the validity of version % may only be closed earlier', TG_TABLE_NAME, OLD.id;
    END IF;
    IF OLD.superseded_at IS NOT NULL AND NEW.superseded_at IS DISTINCT FROM OLD.superseded_at THEN
        RAISE EXCEPTION '%: version % is already superseded', TG_TABLE_NAME, OLD.id;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

-- MCI (REF-07): monthly calculation index per purpose, tenge
CREATE TABLE mci (
    id             bigserial PRIMARY KEY,
    purpose        varchar(20)   NOT NULL CHECK (purpose IN ('SOCIAL_PAYMENTS', 'FINES_TAXES')),
    amount         numeric(12,2) NOT NULL CHECK (amount > 0),
    valid_from     date        NOT NULL,
    valid_to       date,
    source         text        NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    recorded_by    text        NOT NULL,
    reason         text        NOT NULL,
    superseded_at  timestamptz,
    superseded_by  bigint REFERENCES mci (id),
    CONSTRAINT mci_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE UNIQUE INDEX mci_active_from ON mci (purpose, valid_from) WHERE superseded_at IS NULL;
CREATE TRIGGER mci_guard BEFORE UPDATE OR DELETE ON mci
    FOR EACH ROW EXECUTE FUNCTION reference_version_guard();

-- REF-02: food / non-food shares of the subsistence minimum, percent
CREATE TABLE food_split (
    id             bigserial PRIMARY KEY,
    food_percent     numeric(5,2) NOT NULL CHECK (food_percent > 0 AND food_percent < 100),
    non_food_percent numeric(5,2) NOT NULL CHECK (non_food_percent > 0 AND non_food_percent < 100),
    CONSTRAINT food_split_adds_up CHECK (food_percent + non_food_percent = 100),
    valid_from     date        NOT NULL,
    valid_to       date,
    source         text        NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    recorded_by    text        NOT NULL,
    reason         text        NOT NULL,
    superseded_at  timestamptz,
    superseded_by  bigint REFERENCES food_split (id),
    CONSTRAINT food_split_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE UNIQUE INDEX food_split_active_from ON food_split (valid_from) WHERE superseded_at IS NULL;
CREATE TRIGGER food_split_guard BEFORE UPDATE OR DELETE ON food_split
    FOR EACH ROW EXECUTE FUNCTION reference_version_guard();

-- ELIG-06: general retirement age per sex, years (women's may be fractional: 58.5 …)
CREATE TABLE retirement_age (
    id             bigserial PRIMARY KEY,
    sex            varchar(6)   NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
    age_years      numeric(4,1) NOT NULL CHECK (age_years BETWEEN 40 AND 80),
    valid_from     date        NOT NULL,
    valid_to       date,
    source         text        NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    recorded_by    text        NOT NULL,
    reason         text        NOT NULL,
    superseded_at  timestamptz,
    superseded_by  bigint REFERENCES retirement_age (id),
    CONSTRAINT retirement_age_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE UNIQUE INDEX retirement_age_active_from ON retirement_age (sex, valid_from) WHERE superseded_at IS NULL;
CREATE TRIGGER retirement_age_guard BEFORE UPDATE OR DELETE ON retirement_age
    FOR EACH ROW EXECUTE FUNCTION reference_version_guard();

-- CON-04: term of the social contract, months
CREATE TABLE contract_term (
    id             bigserial PRIMARY KEY,
    months         integer NOT NULL CHECK (months BETWEEN 1 AND 24),
    valid_from     date        NOT NULL,
    valid_to       date,
    source         text        NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    recorded_by    text        NOT NULL,
    reason         text        NOT NULL,
    superseded_at  timestamptz,
    superseded_by  bigint REFERENCES contract_term (id),
    CONSTRAINT contract_term_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE UNIQUE INDEX contract_term_active_from ON contract_term (valid_from) WHERE superseded_at IS NULL;
CREATE TRIGGER contract_term_guard BEFORE UPDATE OR DELETE ON contract_term
    FOR EACH ROW EXECUTE FUNCTION reference_version_guard();

-- REF-04 / AMD-01: how the poverty line is derived in a period (applied to the quarter before the quarter of application)
CREATE TABLE poverty_line_method (
    id             bigserial PRIMARY KEY,
    kind                  varchar(60)  NOT NULL CHECK (kind IN ('SHARE_OF_SM', 'GREATER_OF_MEDIAN_INCOME_SHARE_AND_SM_SHARE')),
    sm_percent            numeric(5,2) NOT NULL CHECK (sm_percent > 0 AND sm_percent <= 100),
    median_income_percent numeric(5,2) CHECK (median_income_percent > 0 AND median_income_percent <= 100),
    CONSTRAINT poverty_line_method_median CHECK ((kind = 'SHARE_OF_SM') = (median_income_percent IS NULL)),
    valid_from     date        NOT NULL,
    valid_to       date,
    source         text        NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    recorded_by    text        NOT NULL,
    reason         text        NOT NULL,
    superseded_at  timestamptz,
    superseded_by  bigint REFERENCES poverty_line_method (id),
    CONSTRAINT poverty_line_method_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE UNIQUE INDEX poverty_line_method_active_from ON poverty_line_method (valid_from) WHERE superseded_at IS NULL;
CREATE TRIGGER poverty_line_method_guard BEFORE UPDATE OR DELETE ON poverty_line_method
    FOR EACH ROW EXECUTE FUNCTION reference_version_guard();

-- REF-03: one item of the food basket with its yearly norm per person and energy per unit
CREATE TABLE basket_item (
    id             bigserial PRIMARY KEY,
    code           varchar(40)    NOT NULL CHECK (code ~ '^[A-Z0-9_]{1,40}$'),
    name_kk        text           NOT NULL,
    name_ru        text           NOT NULL,
    name_en        text           NOT NULL,
    unit           varchar(10)    NOT NULL CHECK (unit IN ('KG', 'LITRE', 'PIECE')),
    yearly_norm    numeric(12,3)  NOT NULL CHECK (yearly_norm > 0),
    kcal_per_unit  numeric(10,2)  NOT NULL CHECK (kcal_per_unit >= 0),
    placeholder    boolean        NOT NULL DEFAULT false,
    valid_from     date        NOT NULL,
    valid_to       date,
    source         text        NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    recorded_by    text        NOT NULL,
    reason         text        NOT NULL,
    superseded_at  timestamptz,
    superseded_by  bigint REFERENCES basket_item (id),
    CONSTRAINT basket_item_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE UNIQUE INDEX basket_item_active_from ON basket_item (code, valid_from) WHERE superseded_at IS NULL;
CREATE TRIGGER basket_item_guard BEFORE UPDATE OR DELETE ON basket_item
    FOR EACH ROW EXECUTE FUNCTION reference_version_guard();

-- REF-03: price of one unit of a basket item in a region, one row per quarter
CREATE TABLE basket_price (
    id             bigserial PRIMARY KEY,
    region_code    char(9)       NOT NULL REFERENCES region (code),
    item_code      varchar(40)   NOT NULL CHECK (item_code ~ '^[A-Z0-9_]{1,40}$'),
    price          numeric(12,2) NOT NULL CHECK (price > 0),
    valid_from     date        NOT NULL,
    valid_to       date,
    source         text        NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    recorded_by    text        NOT NULL,
    reason         text        NOT NULL,
    superseded_at  timestamptz,
    superseded_by  bigint REFERENCES basket_price (id),
    CONSTRAINT basket_price_one_quarter CHECK (valid_from = date_trunc('quarter', valid_from)::date
        AND valid_to = (date_trunc('quarter', valid_from) + interval '3 months' - interval '1 day')::date),
    CONSTRAINT basket_price_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE UNIQUE INDEX basket_price_active_from ON basket_price (region_code, item_code, valid_from) WHERE superseded_at IS NULL;
CREATE TRIGGER basket_price_guard BEFORE UPDATE OR DELETE ON basket_price
    FOR EACH ROW EXECUTE FUNCTION reference_version_guard();

-- REF-01: published (or entered) subsistence minimum of a region, one row per quarter
CREATE TABLE subsistence_minimum (
    id             bigserial PRIMARY KEY,
    region_code    char(9)       NOT NULL REFERENCES region (code),
    amount         numeric(12,2) NOT NULL CHECK (amount > 0),
    valid_from     date        NOT NULL,
    valid_to       date,
    source         text        NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    recorded_by    text        NOT NULL,
    reason         text        NOT NULL,
    superseded_at  timestamptz,
    superseded_by  bigint REFERENCES subsistence_minimum (id),
    CONSTRAINT subsistence_minimum_one_quarter CHECK (valid_from = date_trunc('quarter', valid_from)::date
        AND valid_to = (date_trunc('quarter', valid_from) + interval '3 months' - interval '1 day')::date),
    CONSTRAINT subsistence_minimum_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE UNIQUE INDEX subsistence_minimum_active_from ON subsistence_minimum (region_code, valid_from) WHERE superseded_at IS NULL;
CREATE TRIGGER subsistence_minimum_guard BEFORE UPDATE OR DELETE ON subsistence_minimum
    FOR EACH ROW EXECUTE FUNCTION reference_version_guard();

-- REF-05: poverty line published by a region for a quarter; takes precedence over the method
CREATE TABLE poverty_line (
    id             bigserial PRIMARY KEY,
    region_code    char(9)       NOT NULL REFERENCES region (code),
    amount         numeric(12,2) NOT NULL CHECK (amount > 0),
    valid_from     date        NOT NULL,
    valid_to       date,
    source         text        NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    recorded_by    text        NOT NULL,
    reason         text        NOT NULL,
    superseded_at  timestamptz,
    superseded_by  bigint REFERENCES poverty_line (id),
    CONSTRAINT poverty_line_one_quarter CHECK (valid_from = date_trunc('quarter', valid_from)::date
        AND valid_to = (date_trunc('quarter', valid_from) + interval '3 months' - interval '1 day')::date),
    CONSTRAINT poverty_line_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE UNIQUE INDEX poverty_line_active_from ON poverty_line (region_code, valid_from) WHERE superseded_at IS NULL;
CREATE TRIGGER poverty_line_guard BEFORE UPDATE OR DELETE ON poverty_line
    FOR EACH ROW EXECUTE FUNCTION reference_version_guard();

-- AMD-01: median per-capita income of a region, one row per quarter
CREATE TABLE median_income (
    id             bigserial PRIMARY KEY,
    region_code    char(9)       NOT NULL REFERENCES region (code),
    amount         numeric(12,2) NOT NULL CHECK (amount > 0),
    valid_from     date        NOT NULL,
    valid_to       date,
    source         text        NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    recorded_by    text        NOT NULL,
    reason         text        NOT NULL,
    superseded_at  timestamptz,
    superseded_by  bigint REFERENCES median_income (id),
    CONSTRAINT median_income_one_quarter CHECK (valid_from = date_trunc('quarter', valid_from)::date
        AND valid_to = (date_trunc('quarter', valid_from) + interval '3 months' - interval '1 day')::date),
    CONSTRAINT median_income_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE UNIQUE INDEX median_income_active_from ON median_income (region_code, valid_from) WHERE superseded_at IS NULL;
CREATE TRIGGER median_income_guard BEFORE UPDATE OR DELETE ON median_income
    FOR EACH ROW EXECUTE FUNCTION reference_version_guard();
