/* The floor the journal benchmarks are held against: the same work done with SQLCipher's C API
 * alone, no Qt, no Tideline code. Written in C so nothing of ours (QString, Result, the statement
 * cache) can hide in it. It opens a database made by the vault (an encrypted copy under a known
 * raw key: same schema, same rows, same FTS5 index) with the vault's connection settings, or with
 * one of them changed, so docs/BENCHMARKS.md can say what each setting costs.
 */
#ifndef TIDELINE_BENCH_RAW_SQLCIPHER_H
#define TIDELINE_BENCH_RAW_SQLCIPHER_H

#ifdef __cplusplus
extern "C" {
#endif

/* One connection's settings. raw_vault_settings() gives the vault's (DESIGN.md section 3). */
typedef struct raw_settings
{
    int memory_security; /* SQLite's memory locked and wiped, as the vault's is (see below) */
    int wal; /* journal_mode = WAL, else DELETE */
    int synchronous_full; /* synchronous = FULL, else NORMAL */
    int secure_delete; /* PRAGMA secure_delete = ON */
    int fts_secure_delete; /* FTS5 'secure-delete' for the delete's transaction */
    int checkpoint_after_delete; /* wal_checkpoint(TRUNCATE) after a delete */
    int plaintext; /* no key at all: plain SQLite, to show what encryption costs */
} raw_settings;

raw_settings raw_vault_settings(void);

/* Tideline locks and wipes SQLite's memory with an allocator of its own, installed before SQLite
 * starts (core/storage/SqliteMemory.h), and leaves cipher_memory_security off. Say here whether
 * this process has it: then the floor does the same; otherwise its memory_security turns on
 * PRAGMA cipher_memory_security (process-wide once on). */
void raw_memory_secured_by_allocator(int secured);

/* The searches rank with bm25_order(), an FTS5 function of Tideline's that orders as bm25() does
 * (core/storage/SearchRanking.h); the floor runs the same query, so it registers the same
 * function on each connection it opens, through this. Must be set before raw_open(). */
struct sqlite3;
void raw_search_ranking(int (*register_function)(struct sqlite3* db));

typedef struct raw_db raw_db;

/* Opens path under a raw 32-byte key (ignored for plaintext) with the settings; NULL (and a
 * message in err) on failure. */
raw_db* raw_open(const char* path, const unsigned char key[32], const raw_settings* settings, char* err, int errlen);
void raw_close(raw_db* db);

/* The autosave of an entry being typed: one transaction updating its row (the schema's update
 * trigger sets the words the index held aside, migration 0007). 0 on success. */
int raw_update_entry(raw_db* db, long long id, const char* title, const char* body, const char* now, const char* day);
/* A new entry; its id, or -1. */
long long raw_create_entry(raw_db* db, const char* title, const char* body, const char* now, const char* day);
/* A delete in its two halves, as Tideline makes it (migration 0006). The quick one, which the
 * person waits for: the entry's row goes, its indexed words set aside by the schema's trigger. */
int raw_delete_entry_quick(raw_db* db, long long id);
/* The slow one, off the window's thread in Tideline: every set-aside entry's words out of the
 * index (FTS5 secure-delete when the settings say so), an edited entry's words as they are now
 * back in, and, when the settings say so, out of the WAL file (checkpoint TRUNCATE). 0 on
 * success. */
int raw_remove_deleted_words(raw_db* db);
/* Both halves, one after the other: the entry deleted with its words gone from the index and
 * the file. 0 on success. */
int raw_delete_entry(raw_db* db, long long id);

/* A search: the first `limit` results as Tideline pages them (the matches in the newest 3,000 entries
 * ranked by bm25_order, title 4, body 1, then the 6,000 before, and so on) for an FTS5 MATCH expression,
 * optionally within [from, to] days and with a tag, then each row's day, title and body read.
 * from/to/tag may be NULL. Returns the rows read, or -1. Bytes read land in *bytes. */
int raw_search(
    raw_db* db, const char* match, const char* from, const char* to, const char* tag, int limit, long long* bytes);

/* Writes a plaintext copy of an open encrypted database to path (bench data only). 0 on success. */
int raw_export_plaintext(raw_db* db, const char* path);

/* A page of the journal's list (newest first), as the Journal page reads it; rows or -1. */
int raw_list_page(raw_db* db, int limit);

#ifdef __cplusplus
}
#endif

#endif
