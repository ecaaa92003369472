-- D-95 (issue 9 item 8): the compact basis of a decision that a what-if re-assessment reads instead of re-parsing the
-- JSON snapshot of every stored family. With per_capita_income (ELIG-03) and commission_confirmed (ELIG-10) it is
-- all a change of the poverty line alone can act on: the number of members (ELIG-04) and whether the applicant's
-- status may apply (ELIG-02). Written with each new decision; back-filled here from the snapshot of the rows stored
-- before. A row left without them (no applicant in its snapshot) is read from its snapshot by the service instead.
-- Idempotent (IF NOT EXISTS, only rows still without them), so that a test can run it again over rows it cleared.
ALTER TABLE decision ADD COLUMN IF NOT EXISTS member_count integer CHECK (member_count >= 1);
ALTER TABLE decision ADD COLUMN IF NOT EXISTS applicant_may_apply boolean;
COMMENT ON COLUMN decision.member_count IS 'D-95: members of the family decided (ELIG-04), from inputs.members';
COMMENT ON COLUMN decision.applicant_may_apply IS
    'D-95: ELIG-02, the applicant''s residency status may apply (every status but OTHER), from inputs.members';

UPDATE decision d
SET member_count        = nullif(jsonb_array_length(d.inputs -> 'members'), 0),
    applicant_may_apply = (SELECT bool_and(m ->> 'residency' <> 'OTHER')
                           FROM jsonb_array_elements(d.inputs -> 'members') m
                           WHERE m ->> 'relation' = 'APPLICANT'
                           HAVING count(*) = 1)
WHERE d.member_count IS NULL OR d.applicant_may_apply IS NULL;
