-- The bank's confirmations of a month's register (paid / returned per instruction), as imported; the three-way
-- reconciliation reads them beside the schedule and the lines. A file imported twice is two imports: duplicates
-- are a finding of the reconciliation, not an error of the import.
CREATE TABLE bank_confirmation (
    id             bigserial PRIMARY KEY,
    import_id      uuid           NOT NULL,
    month          char(7)        NOT NULL,
    end_to_end_id  varchar(35)    NOT NULL,
    status         text           NOT NULL CHECK (status IN ('PAID', 'RETURNED')),
    amount         numeric(14, 2) NOT NULL,
    bank_reference text,
    imported_by    text           NOT NULL,
    imported_at    timestamptz    NOT NULL DEFAULT now()
);
CREATE INDEX bank_confirmation_month ON bank_confirmation (month, end_to_end_id);
