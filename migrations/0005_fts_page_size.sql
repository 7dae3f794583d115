-- 0005_fts_page_size.sql: full-text index leaves that fit in one database page (issue 16).
--
-- FTS5 writes its index in leaves of 'pgsz' bytes, 4050 by default: chosen to fit a plain
-- SQLite page of 4096. A SQLCipher 4 page keeps 80 of its 4096 bytes for its IV and HMAC, so
-- a row of %_data holds at most 3981 bytes in the page (4016 usable, less 35 for the cell), and
-- every 4050-byte leaf spilled its last ~3,600 bytes onto an overflow page: two pages read and
-- decrypted for each leaf a search touched, and two (plus the zeroed old one, secure_delete)
-- written for each leaf a delete rewrote. 3900 bytes of leaf plus the row's 4-byte header
-- leaves room for the few bytes FTS5 may add past pgsz when it closes a leaf.
-- tests/core/FtsPageSizeTest.cpp checks that no leaf spills.
--
-- Measured with bench_journal (10,000 entries, three runs each, taking turns; docs/BENCHMARKS.md):
-- a delete 52 ms instead of 61, warm searches into the model 5.1 ms instead of 5.8.
--
-- 'optimize' then rewrites each index as one segment in the new size, once. It also drops
-- what older segments still held of earlier versions of edited entries (autosaves replace
-- an entry's words without secure-delete, see 0001), so no old wording lingers in the index.
-- It takes about 0.4 s on a vault of 10,000 entries, once, during the unlock after the update
-- (which runs off the window's thread).
INSERT INTO entry_fts (entry_fts, rank) VALUES ('pgsz', 3900);
INSERT INTO record_fts (record_fts, rank) VALUES ('pgsz', 3900);
INSERT INTO entry_fts (entry_fts) VALUES ('optimize');
INSERT INTO record_fts (record_fts) VALUES ('optimize');
