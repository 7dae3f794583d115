-- 0006_deleted_words.sql: a deleted entry's words leave the full-text index off the window's
-- thread (issue 16).
--
-- Deleting an entry removed its words from the index in the same transaction, with FTS5's
-- secure-delete (0001): about 50 ms on a 10-year vault, nearly all of it that option rewriting
-- every index leaf that held one of the entry's words (docs/BENCHMARKS.md). The person waited
-- for all of it. Now a delete takes the row out of `entry` and sets its indexed text aside here,
-- in the same transaction; a second step (JournalRepository::removeDeletedWords) then removes the words
-- from the index with secure-delete on, deletes the row here, and checkpoints, on a connection
-- of its own. The app starts that step at once after every delete; an unlock starts it too, so
-- words set aside by a delete that a crash or a lock interrupted are removed then.
--
-- Until that step has run, the words are in the index and in this table, encrypted like
-- everything else, and no search finds them: core/journal/JournalSearch leaves out every id
-- that is here. An encrypted backup runs the step first, so it never carries them.
--
-- FTS5's 'delete' needs the exact text that was indexed, which is why the title and body are
-- kept here rather than just the id. The entry's id is never given to a new entry
-- (AUTOINCREMENT), but undo puts the same id back: JournalRepository::restore runs the step
-- first, so the index never holds two versions of one id.
CREATE TABLE entry_deleted_words (
    id      INTEGER PRIMARY KEY,
    title   TEXT    NOT NULL,
    body    TEXT    NOT NULL
) STRICT;

DROP TRIGGER entry_fts_after_delete;

CREATE TRIGGER entry_fts_after_delete
AFTER DELETE ON entry
BEGIN
    INSERT INTO entry_deleted_words (id, title, body) VALUES (old.id, old.title, old.body);
END;
