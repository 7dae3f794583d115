-- 0002_checkups.sql: check-ups, validated questionnaires (PCL-5, PHQ-9, GAD-7) and a
-- therapist's own forms, taken when the person chooses (docs/CHECKUP-FORMAT.md).
--
-- The conventions of 0001_initial.sql hold here too (STRICT tables, UTC times
-- 'YYYY-MM-DDTHH:MM:SS.SSSZ', local days 'YYYY-MM-DD', flags 0/1, no DEFAULT
-- times). The shipped instruments live in assets/checkups/*.json and are not
-- copied here, so a correction ships with the app; only forms the person adds
-- from a file are kept, as the JSON they came in.
--
-- Totals and bands are not stored: they are worked out from the answers by
-- the form's own scoring rules each time, so a stored number can never
-- disagree with the answers it came from.

-- A therapist's own questionnaire, added from a file. The key is the form's own
-- ("key" in the file) and names the form in check-ups and on the command line.
CREATE TABLE checkup_form (
    key         TEXT    PRIMARY KEY NOT NULL
                        CHECK (length(key) BETWEEN 1 AND 40 AND key NOT GLOB '*[^a-z0-9_-]*'),
    definition  TEXT    NOT NULL CHECK (definition <> ''),
    added_at    TEXT    NOT NULL
                        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', added_at) IS added_at)
) STRICT, WITHOUT ROWID;

-- One sitting of a form. finished_at is NULL while it is being taken: each
-- answer is saved as it is given, so leaving midway loses nothing and the
-- person can carry on later. form_key is not a foreign key: the shipped forms
-- are not rows.
CREATE TABLE checkup (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    form_key    TEXT    NOT NULL CHECK (length(form_key) BETWEEN 1 AND 40),
    -- The local day it was taken on (the day its recall period ends).
    day         TEXT    NOT NULL CHECK (date(day) IS day),
    started_at  TEXT    NOT NULL
                        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', started_at) IS started_at),
    finished_at TEXT    CHECK (finished_at IS NULL
                               OR strftime('%Y-%m-%dT%H:%M:%fZ', finished_at) IS finished_at)
) STRICT;

-- Trends and the summary read one form's finished check-ups by day.
CREATE INDEX checkup_by_form ON checkup (form_key, day) WHERE finished_at IS NOT NULL;
-- "Carry on where you left off" looks for the one being taken.
CREATE INDEX checkup_unfinished ON checkup (form_key) WHERE finished_at IS NULL;

-- One answer. An item with no row was skipped (or not reached yet); a skipped
-- item is never stored as zero. The value's range is the form's, checked by
-- core before it is written.
CREATE TABLE checkup_answer (
    checkup_id  INTEGER NOT NULL REFERENCES checkup (id) ON DELETE CASCADE,
    item        TEXT    NOT NULL CHECK (length(item) BETWEEN 1 AND 40),
    value       INTEGER NOT NULL CHECK (value BETWEEN 0 AND 100),
    answered_at TEXT    NOT NULL
                        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', answered_at) IS answered_at),
    PRIMARY KEY (checkup_id, item)
) STRICT, WITHOUT ROWID;

-- Which check-ups the person chose and how often Today may suggest them.
-- every_weeks 0 means "only when I start one" (never suggested). not_before
-- is the first day a suggestion may show again after "not now". A form with
-- no row is not chosen.
CREATE TABLE checkup_choice (
    form_key    TEXT    PRIMARY KEY NOT NULL CHECK (length(form_key) BETWEEN 1 AND 40),
    every_weeks INTEGER NOT NULL CHECK (every_weeks IN (0, 1, 2, 4)),
    not_before  TEXT    CHECK (not_before IS NULL OR date(not_before) IS not_before)
) STRICT, WITHOUT ROWID;
