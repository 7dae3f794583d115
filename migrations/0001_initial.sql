-- 0001_initial.sql: Tideline's first schema (DESIGN.md section 4).
--
-- The migration runner wraps this file in one transaction and records
-- PRAGMA user_version, so neither appears here. A landed migration is never
-- edited: a change to this schema goes in a new file.
--
-- Conventions used throughout:
-- * Every table is STRICT, so a value of the wrong type is an error instead of
--   being silently stored as something else.
-- * Times are UTC with milliseconds, exactly 'YYYY-MM-DDTHH:MM:SS.SSSZ' (what
--   QDateTime::toString(Qt::ISODateWithMs) gives for a UTC time). The CHECK
--   round-trips the text through strftime(): this rejects impossible dates,
--   offsets other than Z and other shapes. One fixed shape means that comparing
--   and sorting the text is comparing and sorting the times.
-- * Days are local 'YYYY-MM-DD'; date(day) IS day rejects '2026-02-30' and any
--   other shape (IS, not =, because date() returns NULL for nonsense).
-- * Flags are INTEGER 0/1.
-- * Time columns have no DEFAULT: the app passes every time from its Clock, so
--   tests can move time. Only the seed rows below read the real clock.
-- * Nothing checks updated_at >= created_at: the clock can jump backwards
--   (DESIGN.md section 6), and a save must not fail because of that.
-- * Only built-in SQL functions appear in CHECKs and triggers, so they work
--   with trusted_schema = OFF.

-- Check-in metrics ----------------------------------------------------------

CREATE TABLE metric (
    id          INTEGER PRIMARY KEY,
    -- Stable machine key for the CLI (checkin set DAY mood=6), exports and
    -- imports; the label can be renamed freely. Custom metrics get a generated
    -- key, since a label in any script does not always make a usable key.
    key         TEXT    NOT NULL UNIQUE
                        CHECK (length(key) BETWEEN 1 AND 64 AND key NOT GLOB '*[^a-z0-9_]*'),
    label       TEXT    NOT NULL CHECK (label <> ''),
    kind        TEXT    NOT NULL CHECK (kind IN ('scale', 'count', 'hours', 'boolean')),
    -- Bounds are loose on purpose: each kind is counted or measured from zero,
    -- and only the shapes that charts depend on are fixed. Widening a CHECK later
    -- means rebuilding a table that all the check-in history refers to.
    min_value   REAL    NOT NULL,
    max_value   REAL    NOT NULL,
    unit        TEXT,
    builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    -- archived: a custom metric retired but kept with its history.
    -- hidden: not on Today (how a person turns off a built-in they don't want).
    archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    hidden      INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    -- sensitive: the app treats it with extra care (the self-harm metric).
    -- enabled = 0: exists, but only appears once the person turns it on.
    sensitive   INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1)),
    enabled     INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    sort_order  INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL
                        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', created_at) IS created_at),
    CHECK (min_value >= 0 AND max_value > min_value),
    CHECK (kind <> 'boolean' OR (min_value = 0 AND max_value = 1)),
    CHECK (kind <> 'hours' OR max_value <= 24)
) STRICT;

-- Deleting a metric cascades to every value ever recorded for it. For a
-- built-in that is years of history lost by one mistaken call, and hiding it is
-- what the person asked for, so the database refuses.
CREATE TRIGGER metric_keep_builtin
BEFORE DELETE ON metric
WHEN old.builtin = 1
BEGIN
    SELECT RAISE(ABORT, 'a built-in metric cannot be deleted; hide it instead');
END;

INSERT INTO metric (key, label, kind, min_value, max_value, unit, builtin, sensitive, enabled, sort_order, created_at)
VALUES
    ('mood',               'Mood',                     'scale', 0, 10, NULL,    1, 0, 1,  1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('sleep_hours',        'Hours of sleep',           'hours', 0, 24, 'hours', 1, 0, 1,  2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('sleep_quality',      'Sleep quality',            'scale', 0, 10, NULL,    1, 0, 1,  3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('nightmares',         'Nightmares',               'count', 0, 50, NULL,    1, 0, 1,  4, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('flashbacks',         'Flashbacks',               'count', 0, 50, NULL,    1, 0, 1,  5, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('intrusive_thoughts', 'Intrusive thoughts',       'scale', 0, 10, NULL,    1, 0, 1,  6, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('anxiety',            'Anxiety',                  'scale', 0, 10, NULL,    1, 0, 1,  7, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('dissociation',       'Numbness or dissociation', 'scale', 0, 10, NULL,    1, 0, 1,  8, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('energy',             'Energy',                   'scale', 0, 10, NULL,    1, 0, 1,  9, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('feeling_safe',       'Feeling safe',             'scale', 0, 10, NULL,    1, 0, 1, 10, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    -- Off until the person turns it on (DESIGN.md section 4).
    ('self_harm_thoughts', 'Thoughts of self-harm',    'scale', 0, 10, NULL,    1, 1, 0, 11, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- Daily check-in --------------------------------------------------------------

CREATE TABLE checkin (
    day         TEXT    PRIMARY KEY NOT NULL CHECK (date(day) IS day),
    created_at  TEXT    NOT NULL
                        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', created_at) IS created_at),
    updated_at  TEXT    NOT NULL
                        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', updated_at) IS updated_at),
    note        TEXT
) STRICT, WITHOUT ROWID;

-- A missing row means "not recorded"; never store a placeholder zero, so that
-- gaps stay gaps in trends. WITHOUT ROWID clusters the rows by day, so the
-- primary key serves "values of these days"; checkin_value_by_metric serves a
-- trend series without reading the table. day needs no CHECK of its own: the
-- foreign key already ties it to a checked checkin.day.
CREATE TABLE checkin_value (
    day         TEXT    NOT NULL REFERENCES checkin (day) ON DELETE CASCADE,
    metric_id   INTEGER NOT NULL REFERENCES metric (id) ON DELETE CASCADE,
    value       REAL    NOT NULL,
    updated_at  TEXT    NOT NULL
                        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', updated_at) IS updated_at),
    PRIMARY KEY (day, metric_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX checkin_value_by_metric ON checkin_value (metric_id, day, value);

-- A CHECK cannot read another table, so the metric's bounds are enforced by
-- triggers. Counts and yes/no are whole numbers; hours and scales may be
-- fractional (7.5 hours; an imported 1-5 mood mapped onto 0-10). An unknown
-- metric_id is left to the foreign key, whose error is the clearer one.
CREATE TRIGGER checkin_value_in_range_insert
BEFORE INSERT ON checkin_value
WHEN EXISTS (
    SELECT 1 FROM metric AS m
    WHERE m.id = new.metric_id
      AND (new.value < m.min_value OR new.value > m.max_value
           OR (m.kind IN ('count', 'boolean') AND new.value <> round(new.value)))
)
BEGIN
    SELECT RAISE(ABORT, 'check-in value outside the range of its metric');
END;

CREATE TRIGGER checkin_value_in_range_update
BEFORE UPDATE OF metric_id, value ON checkin_value
WHEN EXISTS (
    SELECT 1 FROM metric AS m
    WHERE m.id = new.metric_id
      AND (new.value < m.min_value OR new.value > m.max_value
           OR (m.kind IN ('count', 'boolean') AND new.value <> round(new.value)))
)
BEGIN
    SELECT RAISE(ABORT, 'check-in value outside the range of its metric');
END;

-- Journal ---------------------------------------------------------------------

-- AUTOINCREMENT: an id never comes back after a delete, so an id printed by
-- the CLI or kept by "undo delete" can never end up naming another entry.
CREATE TABLE entry (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at   TEXT    NOT NULL
                         CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', created_at) IS created_at),
    updated_at   TEXT    NOT NULL
                         CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', updated_at) IS updated_at),
    -- The day the entry is about, which may differ from the day it was written.
    day          TEXT    NOT NULL CHECK (date(day) IS day),
    title        TEXT    NOT NULL DEFAULT '',
    body         TEXT    NOT NULL DEFAULT '',
    mood         INTEGER CHECK (mood BETWEEN 0 AND 10),
    -- A key in the prompts catalogue (assets/); the catalogue may drop a prompt
    -- later, so this is not a foreign key and the entry keeps its text.
    prompt_key   TEXT    CHECK (prompt_key <> ''),
    is_draft     INTEGER NOT NULL DEFAULT 0 CHECK (is_draft IN (0, 1)),
    -- Text covered until tapped, in lists and in search snippets alike.
    is_sensitive INTEGER NOT NULL DEFAULT 0 CHECK (is_sensitive IN (0, 1))
) STRICT;

CREATE INDEX entry_by_day ON entry (day, created_at);
-- Unlock restores the draft being typed at quick exit; keep that lookup
-- from reading every entry.
CREATE INDEX entry_drafts ON entry (updated_at) WHERE is_draft = 1;

-- NOCASE so 'Sleep' and 'sleep' are one tag. It folds ASCII letters only:
-- other scripts compare exactly, which is wrong in rare cases but never merges
-- two tags that differ.
CREATE TABLE tag (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL COLLATE NOCASE UNIQUE
                        CHECK (name <> '' AND name = trim(name))
) STRICT;

CREATE TABLE entry_tag (
    entry_id    INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, tag_id)
) STRICT, WITHOUT ROWID;

-- Serves "entries with this tag" and the cascade when a tag is deleted.
CREATE INDEX entry_tag_by_tag ON entry_tag (tag_id, entry_id);

-- Full-text index over title and body. External content: the text is stored
-- once, in entry, and the index holds only the terms.
--
-- Drafts are indexed like any entry. The triggers then stay unconditional, and
-- an external-content index goes out of step precisely when a trigger's
-- condition and the row disagree (a flag flipped by one path but not another).
-- A person looking for something they wrote expects a draft to be found too;
-- a query that must leave drafts out joins entry and filters on is_draft.
CREATE VIRTUAL TABLE entry_fts USING fts5 (
    title,
    body,
    content = 'entry',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- FTS5's 'secure-delete' option is deliberately left off here. With it on,
-- every delete and every edit removes the old words from the index at once,
-- but on a 10-year vault (10,000 entries of ~300 words) that made each autosave
-- take 50-75 ms instead of ~1.5 ms. Deleting an entry is the moment that
-- matters, so the journal turns the option on for that transaction only:
--   INSERT INTO entry_fts (entry_fts, rank) VALUES ('secure-delete', 1);
--   DELETE FROM entry WHERE id = ?;
--   INSERT INTO entry_fts (entry_fts, rank) VALUES ('secure-delete', 0);
-- Without it, a deleted entry's words stay in older index segments until a
-- merge rewrites them. (The option needs SQLite 3.42 or newer.)
-- Since 0006_deleted_words.sql that transaction is a second step, run after
-- the delete and off the window's thread; the delete trigger below is replaced
-- there. Since 0007_edited_words.sql an edit's old words leave the same way
-- (the update trigger below is replaced there), so none linger in the index.

CREATE TRIGGER entry_fts_after_insert
AFTER INSERT ON entry
BEGIN
    INSERT INTO entry_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TRIGGER entry_fts_after_delete
AFTER DELETE ON entry
BEGIN
    INSERT INTO entry_fts (entry_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;

-- Only when the indexed text changes: toggling a flag, the mood or the
-- timestamps leaves the index alone, and an autosave that saves identical text
-- costs nothing.
CREATE TRIGGER entry_fts_after_update
AFTER UPDATE OF id, title, body ON entry
WHEN old.id IS NOT new.id OR old.title IS NOT new.title OR old.body IS NOT new.body
BEGIN
    INSERT INTO entry_fts (entry_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO entry_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

-- Moments ---------------------------------------------------------------------

-- Logged when it happens. day is the local day of occurred_at, stored because
-- the time zone of the moment is not kept; the CHECK only catches a day that is
-- more than a day away from the UTC date (time zones span -12 to +14 hours).
CREATE TABLE moment (
    id              INTEGER PRIMARY KEY,
    occurred_at     TEXT    NOT NULL
                            CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', occurred_at) IS occurred_at),
    day             TEXT    NOT NULL CHECK (date(day) IS day),
    kind            TEXT    NOT NULL
                            CHECK (kind IN ('flashback', 'nightmare', 'panic', 'trigger', 'other')),
    intensity       INTEGER CHECK (intensity BETWEEN 0 AND 10),
    trigger_text    TEXT,
    place           TEXT,
    body_sensations TEXT,
    what_helped     TEXT,
    created_at      TEXT    NOT NULL
                            CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', created_at) IS created_at),
    CHECK (abs(julianday(day) - julianday(substr(occurred_at, 1, 10))) <= 1)
) STRICT;

-- (day, kind) serves the day's counts of flashbacks and nightmares.
CREATE INDEX moment_by_day ON moment (day, kind);
CREATE INDEX moment_by_time ON moment (occurred_at);

-- Access history ----------------------------------------------------------------

-- Failed attempts happen while the database is locked, so the app keeps them
-- outside (with the lockout state) and writes them here at the next unlock,
-- each with the time of the attempt, not of the write.
CREATE TABLE access_event (
    id          INTEGER PRIMARY KEY,
    occurred_at TEXT    NOT NULL
                        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', occurred_at) IS occurred_at),
    outcome     TEXT    NOT NULL
                        CHECK (outcome IN ('unlocked', 'failed', 'recovered', 'locked_out'))
) STRICT;

CREATE INDEX access_event_by_time ON access_event (occurred_at);

-- Healing routines --------------------------------------------------------------

CREATE TABLE routine (
    id          INTEGER PRIMARY KEY,
    -- Set for built-ins (stable across renames and translations), NULL for the
    -- person's own; UNIQUE allows any number of NULLs.
    key         TEXT    UNIQUE
                        CHECK (key IS NULL OR (length(key) BETWEEN 1 AND 64 AND key NOT GLOB '*[^a-z0-9_]*')),
    label       TEXT    NOT NULL CHECK (label <> ''),
    builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    hidden      INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    sort_order  INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL
                        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', created_at) IS created_at),
    CHECK (builtin = 0 OR key IS NOT NULL)
) STRICT;

-- Same reason as metric_keep_builtin: deleting would erase the history.
CREATE TRIGGER routine_keep_builtin
BEFORE DELETE ON routine
WHEN old.builtin = 1
BEGIN
    SELECT RAISE(ABORT, 'a built-in routine cannot be deleted; hide it instead');
END;

INSERT INTO routine (key, label, builtin, sort_order, created_at)
VALUES
    ('water',            'Drink some water',                     1,  1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('meals',            'Regular meals',                        1,  2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('walk',             'A 30-minute walk',                     1,  3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('outdoors',         'Time outdoors',                        1,  4, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('movement',         'Meditation, yoga, tai chi or dancing', 1,  5, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('journaling',       'Journaling',                           1,  6, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('sleep',            '7–9 hours of sleep',                   1,  7, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('less_caffeine',    'Less caffeine',                        1,  8, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('bed_for_sleep',    'Bed for sleep only',                   1,  9, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('no_alcohol_drugs', 'Avoiding alcohol and drugs',           1, 10, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('reach_out',        'Reaching out to someone I trust',      1, 11, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- A row means done that day; no row means not done, and nothing more is read
-- into it.
CREATE TABLE routine_log (
    routine_id  INTEGER NOT NULL REFERENCES routine (id) ON DELETE CASCADE,
    day         TEXT    NOT NULL CHECK (date(day) IS day),
    done_at     TEXT    NOT NULL
                        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', done_at) IS done_at),
    PRIMARY KEY (routine_id, day)
) STRICT, WITHOUT ROWID;

CREATE INDEX routine_log_by_day ON routine_log (day, routine_id);

-- Safety plan -------------------------------------------------------------------

-- helpful_place: somewhere that helps on a hard day; safe_place: somewhere to
-- go when not safe at home.
CREATE TABLE safety_plan_item (
    id          INTEGER PRIMARY KEY,
    section     TEXT    NOT NULL
                        CHECK (section IN ('warning_sign', 'coping_step', 'helpful_place',
                                           'emergency_bag', 'safe_place')),
    text        TEXT    NOT NULL CHECK (text <> ''),
    -- Only the emergency-bag checklist has ticks.
    checked     INTEGER NOT NULL DEFAULT 0
                        CHECK (checked IN (0, 1) AND (checked = 0 OR section = 'emergency_bag')),
    builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    sort_order  INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL
                        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', created_at) IS created_at),
    updated_at  TEXT    NOT NULL
                        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', updated_at) IS updated_at)
) STRICT;

INSERT INTO safety_plan_item (section, text, checked, builtin, sort_order, created_at, updated_at)
VALUES
    ('emergency_bag', 'Clothes',             0, 1, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('emergency_bag', 'Keys',                0, 1, 2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('emergency_bag', 'Phone charger',       0, 1, 3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('emergency_bag', 'ID and passport',     0, 1, 4, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('emergency_bag', 'Cash',                0, 1, 5, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('emergency_bag', 'Medications',         0, 1, 6, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('emergency_bag', 'Important documents', 0, 1, 7, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

CREATE TABLE safety_contact (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL CHECK (name <> ''),
    phone       TEXT,
    note        TEXT,
    kind        TEXT    NOT NULL DEFAULT 'person'
                        CHECK (kind IN ('person', 'professional', 'hotline')),
    sort_order  INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL
                        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', created_at) IS created_at)
) STRICT;

-- Crisis resources the person adds. The shipped catalogue stays in assets/ as
-- JSON and is not copied here, so an app update can correct a number without a
-- migration.
CREATE TABLE resource (
    id          INTEGER PRIMARY KEY,
    region      TEXT    NOT NULL CHECK (region <> ''),
    name        TEXT    NOT NULL CHECK (name <> ''),
    phone       TEXT,
    url         TEXT,
    note        TEXT,
    user_added  INTEGER NOT NULL DEFAULT 1 CHECK (user_added IN (0, 1)),
    sort_order  INTEGER NOT NULL DEFAULT 0
) STRICT;

-- Settings --------------------------------------------------------------------

-- Only settings that are user content (e.g. reminder texts). Settings needed
-- before unlock live in the plain settings file (DESIGN.md section 3). A
-- setting that is not set has no row, rather than a NULL value.
CREATE TABLE setting (
    key         TEXT    PRIMARY KEY NOT NULL CHECK (key <> ''),
    value       TEXT    NOT NULL
) STRICT, WITHOUT ROWID;
