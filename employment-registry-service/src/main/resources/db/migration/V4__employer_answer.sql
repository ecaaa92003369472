-- D-71 (PRG-05): the earliest answer day of a social job whose employer has not answered and that the job has not
-- flagged yet — the index of the flagging job (like next_referral_due for PRG-10).
ALTER TABLE registration ADD COLUMN next_employer_answer_due date;
CREATE INDEX registration_employer_answer_due ON registration (next_employer_answer_due)
    WHERE next_employer_answer_due IS NOT NULL;

-- referrals stored before V4 have no answer and no flag: index their social jobs the person did not refuse
UPDATE registration SET next_employer_answer_due = (
        SELECT min((ref->>'employerAnswerBy')::date) FROM jsonb_array_elements(document->'referrals') ref
        WHERE ref->>'employerAnswerBy' IS NOT NULL AND ref->>'status' <> 'REFUSED')
    WHERE document IS NOT NULL AND status IN ('JOB_SEEKER', 'UNEMPLOYED');
