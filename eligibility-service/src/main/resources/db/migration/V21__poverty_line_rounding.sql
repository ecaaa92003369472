-- REF-04 / REF-08 (issue 9 item 5): the rounding of a computed poverty line is a dated part of the method.
-- The lines published under MTSZN order No. 160 (in force 2023-07-01) and its amendment No. 473 (2025-01-01) are
-- whole tenge: 70 % x 40 567 = 28 396.90 is published as 28 397 (REFERENCE-DATA §3b). Earlier methods keep the tiyn.
ALTER TABLE poverty_line_method ADD COLUMN rounding varchar(20) NOT NULL DEFAULT 'TIYN'
    CHECK (rounding IN ('TIYN', 'WHOLE_TENGE'));
COMMENT ON COLUMN poverty_line_method.rounding IS 'TIYN: as computed (each term HALF_UP to the tiyn); WHOLE_TENGE: the line HALF_UP to the tenge, as published';

-- History is never rewritten (V2 guard): the two versions from 2023-07-01 are corrected by new versions of the same
-- periods that round to the tenge; the old rows stay, superseded, for the decisions that cite them.
CREATE TEMPORARY TABLE v21_corrected AS
SELECT id, kind, sm_percent, median_income_percent, valid_from, valid_to, source
FROM poverty_line_method
WHERE superseded_at IS NULL AND valid_from IN (date '2023-07-01', date '2025-01-01') AND rounding = 'TIYN';

UPDATE poverty_line_method SET superseded_at = now() WHERE id IN (SELECT id FROM v21_corrected);

INSERT INTO poverty_line_method (kind, sm_percent, median_income_percent, rounding, valid_from, valid_to, source,
                                 recorded_by, reason)
SELECT kind, sm_percent, median_income_percent, 'WHOLE_TENGE', valid_from, valid_to,
       source || ' ; published lines are whole tenge (REFERENCE-DATA §3b: SM 40 567 -> line 28 397)',
       'flyway:V21__poverty_line_rounding', 'correction: the published poverty line is whole tenge (issue 9)'
FROM v21_corrected ORDER BY valid_from;

UPDATE poverty_line_method old SET superseded_by = new.id
FROM poverty_line_method new
WHERE old.id IN (SELECT id FROM v21_corrected) AND new.valid_from = old.valid_from AND new.superseded_at IS NULL;

DROP TABLE v21_corrected;
