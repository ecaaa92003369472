-- PAY-04 at national scale (issue 12, D-88): a payment line is written 2 000 000 times a month, so its row and its
-- indexes are what the run's wall time is made of. The line keeps every column of its trace (PAY-05) but loses what
-- only repeated it:
--  * the idempotency key is the natural key itself — family, person, month, kind and, for an adjustment, the run
--    month that issues it (key_month; '-' for a due line) — as the primary key, instead of a ~120-character text
--    column that spelled the same values out again, a unique index on it and a bigserial id with its own index;
--    PaymentLine.idempotencyKey() ('PAY|…' / 'ADJ|…') is still what the API shows, computed on read;
--  * a family's lines are read through the primary key's prefix (family_id), so the family index goes;
--  * the run month is the run's month (payment_run.month), so totals and registers of a month go through the runs
--    of that month and one index (run_id, region_code) instead of two;
--  * no foreign key to payment_run: its check is a query per line (a quarter of a chunk's insert, measured); a line
--    is written only by the run that holds its payment_run row locked (FOR UPDATE, PaymentRunPersistenceAdapter), and
--    a run row is never deleted, so the reference cannot dangle;
--  * the key columns compare bytewise (COLLATE "C"): family ids and person keys are ASCII hex, and a libc collation
--    costs a strcoll per comparison in every index insert. The entitlement's family_id follows, so the run's chunk
--    cursor orders both tables alike.
ALTER TABLE payment_line DROP CONSTRAINT payment_line_idempotency_key;
ALTER TABLE payment_line DROP CONSTRAINT payment_line_run_id_fkey;
DROP INDEX payment_line_family;
DROP INDEX payment_line_run;
DROP INDEX payment_line_run_month;
ALTER TABLE payment_line DROP CONSTRAINT payment_line_pkey;
ALTER TABLE payment_line DROP COLUMN id;
ALTER TABLE payment_line
    ALTER COLUMN family_id TYPE text COLLATE "C",
    ALTER COLUMN person_key TYPE char(64) COLLATE "C",
    ADD COLUMN key_month text NOT NULL DEFAULT '-';
-- existing lines: an adjustment's key ended in the run month that issued it (the append-only trigger is lifted for
-- this one statement of the migration, which changes no figure of any line)
ALTER TABLE payment_line DISABLE TRIGGER payment_line_append_only;
UPDATE payment_line SET key_month = run_month WHERE kind = 'ADJUSTMENT';
ALTER TABLE payment_line ENABLE TRIGGER payment_line_append_only;
ALTER TABLE payment_line
    ALTER COLUMN key_month DROP DEFAULT,
    DROP COLUMN idempotency_key,
    ADD CONSTRAINT payment_line_key_month CHECK ((kind = 'ADJUSTMENT' AND key_month = run_month)
                                                 OR (kind <> 'ADJUSTMENT' AND key_month = '-')),
    ADD CONSTRAINT payment_line_pkey PRIMARY KEY (family_id, person_key, month, kind, key_month);
CREATE INDEX payment_line_run ON payment_line (run_id, region_code);

ALTER TABLE entitlement
    ALTER COLUMN family_id TYPE text COLLATE "C",
    ALTER COLUMN person_key TYPE char(64) COLLATE "C";
