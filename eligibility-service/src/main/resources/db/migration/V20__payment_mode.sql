-- ELIG-12/13: how an assignment is paid. The applicant may ask with the application that conditional assistance be
-- paid as a lump sum for three months (TSA Law art. 4 p. 10); an unconditional assignment is paid monthly.
ALTER TABLE application ADD COLUMN conditional_payment varchar(20) NOT NULL DEFAULT 'MONTHLY'
    CHECK (conditional_payment IN ('MONTHLY', 'LUMP_SUM_3_MONTHS'));
-- The decision keeps the mode it assigned (null for a refusal); decisions stored before this migration were monthly.
ALTER TABLE decision ADD COLUMN payment_mode varchar(20)
    CHECK (payment_mode IN ('MONTHLY', 'LUMP_SUM_3_MONTHS'));
UPDATE decision SET payment_mode = 'MONTHLY' WHERE kind <> 'REFUSED';
