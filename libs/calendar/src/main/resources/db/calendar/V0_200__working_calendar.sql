-- The dated working-day calendar of Kazakhstan (EMP-10), read by tsa-calendar's WorkingCalendarRepository.
-- Library migration (tsa-calendar): versions 0.200+ are reserved for it (tsa-messaging 0.1, tsa-audit 0.100);
-- services start at V1. The data is in the repeatable migrations R__working_calendar_*.sql of this folder, so
-- that a new year's decree is added as data (a new or changed R__ file) even after a service's V1.. have run.
CREATE TABLE IF NOT EXISTS working_calendar_year (
    year        integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    -- true when every day off and transfer of the year is known: only complete years answer working-day questions
    complete    boolean NOT NULL,
    source_text text    NOT NULL CHECK (source_text <> ''),
    source_urls text[]  NOT NULL DEFAULT '{}',
    -- what is uncertain or missing
    note        text    NOT NULL DEFAULT ''
);

CREATE TABLE IF NOT EXISTS working_calendar_entry (
    day         date    PRIMARY KEY,
    year        integer NOT NULL REFERENCES working_calendar_year (year),
    kind        text    NOT NULL CHECK (kind IN ('HOLIDAY', 'RELIGIOUS_DAY_OFF', 'MOVED_DAY_OFF',
                                                 'TRANSFERRED_DAY_OFF', 'TRANSFERRED_WORKING_DAY')),
    -- MOVED_DAY_OFF: the weekend holiday it replaces; TRANSFERRED_DAY_OFF: the weekend day that became a working
    -- day; TRANSFERRED_WORKING_DAY: the weekday that became a day off; NULL for holidays and religious days off
    counterpart date,
    name_kk     text    NOT NULL CHECK (name_kk <> ''),
    name_ru     text    NOT NULL CHECK (name_ru <> ''),
    name_en     text    NOT NULL CHECK (name_en <> ''),
    source_text text    NOT NULL CHECK (source_text <> ''),
    source_urls text[]  NOT NULL DEFAULT '{}',
    CONSTRAINT working_calendar_entry_in_year CHECK (EXTRACT(YEAR FROM day) = year),
    CONSTRAINT working_calendar_entry_counterpart CHECK (
        (kind IN ('HOLIDAY', 'RELIGIOUS_DAY_OFF')) = (counterpart IS NULL)),
    -- ISO day of week: 1 Monday .. 7 Sunday
    CONSTRAINT working_calendar_entry_weekday CHECK (
        CASE kind
            WHEN 'MOVED_DAY_OFF' THEN EXTRACT(ISODOW FROM day) BETWEEN 1 AND 5
            WHEN 'TRANSFERRED_DAY_OFF' THEN EXTRACT(ISODOW FROM day) BETWEEN 1 AND 5
            WHEN 'TRANSFERRED_WORKING_DAY' THEN EXTRACT(ISODOW FROM day) IN (6, 7)
            ELSE true
        END)
);
CREATE INDEX IF NOT EXISTS working_calendar_entry_year ON working_calendar_entry (year, day);
