-- D-72: the earliest end date of an active measure — the index of the completion job (like next_referral_due).
ALTER TABLE registration ADD COLUMN next_measure_end date;
CREATE INDEX registration_measure_end ON registration (next_measure_end) WHERE next_measure_end IS NOT NULL;

-- measures stored before V5: index the active ones of open registrations
UPDATE registration SET next_measure_end = (
        SELECT min((m->>'endOn')::date) FROM jsonb_array_elements(document->'measures') m
        WHERE m->>'status' = 'ACTIVE')
    WHERE document IS NOT NULL AND status IN ('JOB_SEEKER', 'UNEMPLOYED');
