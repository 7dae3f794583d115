-- 0007_edited_words.sql: words edited out of a journal entry leave the full-text index for good,
-- as a deleted entry's do (0006).
--
-- An edit replaced an entry's words in the index without secure-delete (0001, to keep each
-- autosave quick): FTS5 then only marks the old words as gone, in a newer segment, and the older
-- segment keeps them until a merge happens to rewrite it. Someone who later opened the vault could
-- read a sentence the person had taken out of an entry, which is a delete as much as deleting the
-- whole entry is.
--
-- Entries: an edit no longer touches the index. It sets the text the index holds for the entry
-- aside in entry_deleted_words, like a delete (0006), and the same second step
-- (JournalRepository::removeDeletedWords, off the window's thread in the app) takes those words
-- out with secure-delete and puts the entry's words as they are now back in. Until then no search
-- finds the entry (core/journal/JournalSearch leaves out every id waiting there), for the tens of
-- milliseconds the step takes after a save. An autosave's own transaction gets cheaper: one row
-- here instead of two index writes.
--
-- Several edits before the step runs: the index still holds the text of the first, so that row
-- stays (OR IGNORE), and so does it when the entry is then deleted. An id never changes (a new
-- trigger refuses it), so the index and this table always name entries by the same id.
DROP TRIGGER entry_fts_after_update;
DROP TRIGGER entry_fts_after_delete;

CREATE TRIGGER entry_id_never_changes
BEFORE UPDATE OF id ON entry
WHEN old.id IS NOT new.id
BEGIN
    SELECT RAISE(ABORT, 'an entry''s id never changes');
END;

CREATE TRIGGER entry_fts_after_update
AFTER UPDATE OF title, body ON entry
WHEN old.title IS NOT new.title OR old.body IS NOT new.body
BEGIN
    INSERT OR IGNORE INTO entry_deleted_words (id, title, body) VALUES (old.id, old.title, old.body);
END;

CREATE TRIGGER entry_fts_after_delete
AFTER DELETE ON entry
BEGIN
    INSERT OR IGNORE INTO entry_deleted_words (id, title, body) VALUES (old.id, old.title, old.body);
END;

-- Records keep every version of their words on purpose (0004's record_version: what was written
-- when, for an advocate), so their index stays as it is; a deleted record's words still leave it
-- with secure-delete (core/records).

-- Old wordings that edits since 0005 left in older segments go now, once: 'optimize' rewrites
-- the index as one segment (about 0.4 s for 10,000 entries, during the unlock after the update,
-- off the window's thread).
INSERT INTO entry_fts (entry_fts) VALUES ('optimize');
