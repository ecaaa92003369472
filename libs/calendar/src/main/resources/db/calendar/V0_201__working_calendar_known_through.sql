-- D-80: an incomplete year may be known through a date (e.g. 2027: its statutory holidays and weekend moves are
-- fixed by law, its Kurban Ait date is not yet announced): working-day questions up to that date are answered.
ALTER TABLE working_calendar_year ADD COLUMN IF NOT EXISTS known_through date;
ALTER TABLE working_calendar_year DROP CONSTRAINT IF EXISTS working_calendar_year_known_through;
ALTER TABLE working_calendar_year ADD CONSTRAINT working_calendar_year_known_through CHECK (
    known_through IS NULL OR (NOT complete AND EXTRACT(YEAR FROM known_through) = year));
