-- 0003_records.sql: incident records with every version kept, and attachments
-- (pictures, screenshots, PDFs, audio) sealed inside the encrypted database.
--
-- Applies after 0002 (check-ups) and depends on nothing it adds: only on
-- 0001's entry table and conventions (STRICT tables, UTC times with
-- milliseconds checked by strftime(), local days checked by date()).

-- Kinds of harm ---------------------------------------------------------------

-- A short, neutral list drawn from the forms of harm the seed material names.
-- The person can rename or hide any of them and add their own; a built-in
-- cannot be deleted, because records point at it (hide it instead).
CREATE TABLE record_kind (
    id          INTEGER PRIMARY KEY,
    key         TEXT    UNIQUE
                        CHECK (key IS NULL OR (length(key) BETWEEN 1 AND 64 AND key NOT GLOB '*[^a-z0-9_]*')),
    label       TEXT    NOT NULL CHECK (label <> '' AND length(label) <= 200),
    builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    hidden      INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    sort_order  INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL
                        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', created_at) IS created_at),
    CHECK (builtin = 0 OR key IS NOT NULL)
) STRICT;

CREATE TRIGGER record_kind_keep_builtin
BEFORE DELETE ON record_kind
WHEN old.builtin = 1
BEGIN
    SELECT RAISE(ABORT, 'a built-in kind cannot be deleted; hide it instead');
END;

INSERT INTO record_kind (key, label, builtin, sort_order, created_at)
VALUES
    ('pressure',   'Pressure or coercion',    1, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('threats',    'Threats',                 1, 2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('physical',   'Physical harm',           1, 3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('sexual',     'Sexual harm',             1, 4, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('technology', 'Harm through technology', 1, 5, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('property',   'Damage to things',        1, 6, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('other',      'Other',                   1, 7, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- Records ---------------------------------------------------------------------

-- When it happened is a day, optionally a time of day ('HH:MM', local), and a
-- flag for "around then" when the person is not sure. Every other field is
-- optional: an empty text is '' and a yes/no not answered is NULL.
--
-- uid: a random 128-bit name that travels with the record in exports, so an
-- import recognises a record it already has (ids differ from vault to vault).
--
-- deleted_at: deleting takes a second step and can be undone until the vault
-- locks; until then the row is only marked. Locking (and the next unlock, after
-- a crash) deletes marked rows for good, with FTS5's secure-delete.
CREATE TABLE record (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    uid            TEXT    NOT NULL UNIQUE
                           CHECK (length(uid) = 32 AND uid NOT GLOB '*[^0-9a-f]*'),
    created_at     TEXT    NOT NULL
                           CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', created_at) IS created_at),
    updated_at     TEXT    NOT NULL
                           CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', updated_at) IS updated_at),
    occurred_day   TEXT    NOT NULL CHECK (date(occurred_day) IS occurred_day),
    occurred_time  TEXT    CHECK (occurred_time IS NULL
                                  OR (length(occurred_time) = 5
                                      AND strftime('%H:%M', '2000-01-01 ' || occurred_time) IS occurred_time)),
    approximate    INTEGER NOT NULL DEFAULT 0 CHECK (approximate IN (0, 1)),
    place          TEXT    NOT NULL DEFAULT '',
    what_happened  TEXT    NOT NULL DEFAULT '',
    injuries       TEXT    NOT NULL DEFAULT '',
    witnesses      TEXT    NOT NULL DEFAULT '',
    told           TEXT    NOT NULL DEFAULT '',
    saw_doctor     INTEGER CHECK (saw_doctor IN (0, 1)),
    reported       INTEGER CHECK (reported IN (0, 1)),
    is_sensitive   INTEGER NOT NULL DEFAULT 0 CHECK (is_sensitive IN (0, 1)),
    deleted_at     TEXT    CHECK (deleted_at IS NULL
                                  OR strftime('%Y-%m-%dT%H:%M:%fZ', deleted_at) IS deleted_at)
) STRICT;

-- The list, newest first, pages through this without reading the table. A
-- record without a time sorts as '' (before any time of that day).
CREATE INDEX record_by_occurred ON record (occurred_day, ifnull(occurred_time, ''), id)
    WHERE deleted_at IS NULL;
CREATE INDEX record_deleted ON record (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE record_kind_link (
    record_id   INTEGER NOT NULL REFERENCES record (id) ON DELETE CASCADE,
    kind_id     INTEGER NOT NULL REFERENCES record_kind (id) ON DELETE CASCADE,
    PRIMARY KEY (record_id, kind_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX record_kind_link_by_kind ON record_kind_link (kind_id, record_id);

-- Every save of a record, the first one included: its fields as they were
-- (a JSON object written by core/records, see docs/RECORDS-FORMAT.md) and when.
-- Kept for the record's life and never changed: that is what makes a record
-- credible. Deleting the record (for good) takes its history with it.
CREATE TABLE record_version (
    id          INTEGER PRIMARY KEY,
    record_id   INTEGER NOT NULL REFERENCES record (id) ON DELETE CASCADE,
    saved_at    TEXT    NOT NULL
                        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', saved_at) IS saved_at),
    fields      TEXT    NOT NULL CHECK (fields <> '')
) STRICT;

CREATE INDEX record_version_by_record ON record_version (record_id, id);

CREATE TRIGGER record_version_append_only
BEFORE UPDATE ON record_version
BEGIN
    SELECT RAISE(ABORT, 'a saved version of a record is never changed');
END;

-- Full-text index over the record's own words, kept in step by triggers as for
-- journal entries (see 0001 on external content and secure-delete). Marked
-- (deleted) records stay indexed until they are deleted for good; searches
-- join record and leave them out.
CREATE VIRTUAL TABLE record_fts USING fts5 (
    place,
    what_happened,
    injuries,
    witnesses,
    told,
    content = 'record',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER record_fts_after_insert
AFTER INSERT ON record
BEGIN
    INSERT INTO record_fts (rowid, place, what_happened, injuries, witnesses, told)
    VALUES (new.id, new.place, new.what_happened, new.injuries, new.witnesses, new.told);
END;

CREATE TRIGGER record_fts_after_delete
AFTER DELETE ON record
BEGIN
    INSERT INTO record_fts (record_fts, rowid, place, what_happened, injuries, witnesses, told)
    VALUES ('delete', old.id, old.place, old.what_happened, old.injuries, old.witnesses, old.told);
END;

CREATE TRIGGER record_fts_after_update
AFTER UPDATE OF id, place, what_happened, injuries, witnesses, told ON record
WHEN old.id IS NOT new.id OR old.place IS NOT new.place OR old.what_happened IS NOT new.what_happened
     OR old.injuries IS NOT new.injuries OR old.witnesses IS NOT new.witnesses OR old.told IS NOT new.told
BEGIN
    INSERT INTO record_fts (record_fts, rowid, place, what_happened, injuries, witnesses, told)
    VALUES ('delete', old.id, old.place, old.what_happened, old.injuries, old.witnesses, old.told);
    INSERT INTO record_fts (rowid, place, what_happened, injuries, witnesses, told)
    VALUES (new.id, new.place, new.what_happened, new.injuries, new.witnesses, new.told);
END;

-- Attachments -------------------------------------------------------------------

-- A file as it came in, never changed afterwards: its original name, the type
-- found in its first bytes (not the one its name claims), its size and the
-- SHA-256 of its bytes computed while they were read. Belongs to a record or to
-- a journal entry. When its owner is deleted for good the link becomes NULL and
-- the attachment is deleted with the next clean-up (on lock or unlock), so a
-- journal delete can still be undone with its files.
--
-- metadata: what was found inside the file (EXIF, GPS position, XMP, ...), a
-- JSON object written by core/attachments; the file itself is left as it is.
--
-- The row and all its chunks are written in one transaction: after a crash or
-- a full disk an attachment is either whole or not there at all.
CREATE TABLE attachment (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uid         TEXT    NOT NULL UNIQUE
                        CHECK (length(uid) = 32 AND uid NOT GLOB '*[^0-9a-f]*'),
    record_id   INTEGER REFERENCES record (id) ON DELETE SET NULL,
    entry_id    INTEGER REFERENCES entry (id) ON DELETE SET NULL,
    name        TEXT    NOT NULL CHECK (name <> '' AND length(name) <= 1000),
    media_type  TEXT    NOT NULL CHECK (media_type <> ''),
    size        INTEGER NOT NULL CHECK (size > 0),
    sha256      TEXT    NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    added_at    TEXT    NOT NULL
                        CHECK (strftime('%Y-%m-%dT%H:%M:%fZ', added_at) IS added_at),
    chunk_size  INTEGER NOT NULL CHECK (chunk_size > 0),
    metadata    TEXT    NOT NULL DEFAULT '{}',
    CHECK (record_id IS NULL OR entry_id IS NULL)
) STRICT;

CREATE INDEX attachment_by_record ON attachment (record_id, id) WHERE record_id IS NOT NULL;
CREATE INDEX attachment_by_entry ON attachment (entry_id, id) WHERE entry_id IS NOT NULL;
CREATE INDEX attachment_unowned ON attachment (id) WHERE record_id IS NULL AND entry_id IS NULL;

-- The bytes, in fixed-size pieces (the last one shorter), so that a 50 MB file
-- never needs 50 MB of memory on the way in or out. A rowid table on purpose:
-- a WITHOUT ROWID table keeps whole rows in its b-tree, which suits small rows
-- only.
CREATE TABLE attachment_chunk (
    attachment_id INTEGER NOT NULL REFERENCES attachment (id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL CHECK (seq >= 0),
    data          BLOB    NOT NULL,
    PRIMARY KEY (attachment_id, seq)
) STRICT;
