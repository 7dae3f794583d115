/* The raw SQLCipher floor: see RawSqlcipher.h. Statements are prepared once per connection (as
 * any careful C program would), text is bound and read as UTF-8, nothing is copied that the work
 * does not need. */
#include "RawSqlcipher.h"

#if defined(TIDELINE_SQLCIPHER_SYSTEM_HEADER)
#include <sqlcipher/sqlite3.h>
#else
#include <sqlite3.h>
#endif

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { ST_UPDATE, ST_CREATE, ST_DELETE, ST_SEARCH, ST_SEARCH_DAYS, ST_SEARCH_TAG, ST_LIST, ST_SEARCH_EDGE, ST_COUNT };

struct raw_db
{
    sqlite3* db;
    raw_settings settings;
    sqlite3_stmt* st[ST_COUNT];
};

static int memory_secured_by_allocator = 0;

void raw_memory_secured_by_allocator(int secured)
{
    memory_secured_by_allocator = secured;
}

static int (*register_ranking)(sqlite3*) = NULL;

void raw_search_ranking(int (*register_function)(sqlite3* db))
{
    register_ranking = register_function;
}

raw_settings raw_vault_settings(void)
{
    raw_settings s;
    s.memory_security = 1;
    s.wal = 1;
    s.synchronous_full = 1;
    s.secure_delete = 1;
    s.fts_secure_delete = 1;
    s.checkpoint_after_delete = 1;
    s.plaintext = 0;
    return s;
}

static int exec(raw_db* r, const char* sql)
{
    return sqlite3_exec(r->db, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
}

/* The same query shape as Tideline's (bm25_order in ORDER BY over one window of the newest
 * entries at a time, the window's bounds as rowid constraints; filters as id sets from indexes),
 * the fastest one measured; see core/journal/JournalSearch.cpp. bm25_order is registered through
 * raw_search_ranking(). */
#define RANKED_TOP                                                                                                     \
    "WITH top AS (SELECT rowid AS id, bm25_order(entry_fts, 4.0, 1.0) AS score FROM entry_fts "                        \
    "WHERE entry_fts MATCH ?1 AND rowid >= ?7 AND rowid < ?8 "
#define RANKED_ROWS                                                                                                    \
    "ORDER BY score, id LIMIT ?5) "                                                                                    \
    "SELECT e.id, e.day, e.title, e.body FROM top CROSS JOIN entry AS e ON e.id = top.id ORDER BY top.score, top.id"
static const char* const kSearch[3] = {
    RANKED_TOP RANKED_ROWS,
    RANKED_TOP "AND +rowid IN (SELECT id FROM entry WHERE day >= ?2 AND day <= ?3) " RANKED_ROWS,
    RANKED_TOP "AND +rowid IN (SELECT et.entry_id FROM entry_tag AS et JOIN tag AS t "
               "ON t.id = et.tag_id WHERE t.name = ?4) " RANKED_ROWS,
};
static const char* const kSearchEdge
    = "SELECT id FROM entry_fts_docsize WHERE id < ?1 ORDER BY id DESC LIMIT 1 OFFSET ?2";
enum { FIRST_WINDOW_ENTRIES = 3000 };

static const char* const kSql[ST_COUNT] = {
    "UPDATE entry SET updated_at = ?1, day = ?2, title = ?3, body = ?4 WHERE id = ?5",
    "INSERT INTO entry (created_at, updated_at, day, title, body) VALUES (?1, ?1, ?2, ?3, ?4)",
    "DELETE FROM entry WHERE id = ?1",
    NULL,
    NULL,
    NULL,
    "SELECT e.id, e.day, e.created_at, e.title, substr(e.body, 1, 280), e.mood, e.is_draft, e.is_sensitive, "
    "(SELECT count(*) FROM entry_tag AS et WHERE et.entry_id = e.id) FROM entry AS e "
    "ORDER BY e.day DESC, e.created_at DESC, e.id DESC LIMIT ?1",
};

raw_db* raw_open(const char* path, const unsigned char key[32], const raw_settings* settings, char* err, int errlen)
{
    raw_db* r = calloc(1, sizeof *r);
    char spec[3 + 64 + 1 + 1];
    int i;
    if (!r) {
        snprintf(err, (size_t)errlen, "out of memory");
        return NULL;
    }
    r->settings = *settings;
    if (sqlite3_open_v2(path, &r->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        snprintf(err, (size_t)errlen, "open: %s", sqlite3_errmsg(r->db));
        raw_close(r);
        return NULL;
    }
    if (settings->memory_security && !memory_secured_by_allocator) {
        exec(r, "PRAGMA cipher_memory_security = ON;");
    }
    if (!settings->plaintext) {
        spec[0] = 'x';
        spec[1] = '\'';
        for (i = 0; i < 32; ++i) {
            snprintf(spec + 2 + 2 * i, 3, "%02x", key[i]);
        }
        spec[66] = '\'';
        spec[67] = '\0';
        if (sqlite3_key(r->db, spec, 67) != SQLITE_OK) {
            snprintf(err, (size_t)errlen, "key: %s", sqlite3_errmsg(r->db));
            raw_close(r);
            return NULL;
        }
        memset(spec, 0, sizeof spec);
    }
    sqlite3_db_config(r->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
    sqlite3_db_config(r->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
    sqlite3_db_config(r->db, SQLITE_DBCONFIG_ENABLE_QPSG, 1, NULL); /* as Database::open: no re-compiling per LIMIT */
    if (exec(r, settings->wal ? "PRAGMA journal_mode = WAL;" : "PRAGMA journal_mode = DELETE;") != 0
        || exec(r, settings->synchronous_full ? "PRAGMA synchronous = FULL;" : "PRAGMA synchronous = NORMAL;") != 0
        || exec(r, settings->secure_delete ? "PRAGMA secure_delete = ON;" : "PRAGMA secure_delete = OFF;") != 0
        || exec(r, "PRAGMA foreign_keys = ON;") != 0
        || (register_ranking != NULL && register_ranking(r->db) != SQLITE_OK)) {
        snprintf(err, (size_t)errlen, "settings: %s", sqlite3_errmsg(r->db));
        raw_close(r);
        return NULL;
    }
    for (i = 0; i < ST_COUNT; ++i) {
        const char* sql = i == ST_SEARCH ? kSearch[0]
            : i == ST_SEARCH_DAYS        ? kSearch[1]
            : i == ST_SEARCH_TAG         ? kSearch[2]
            : i == ST_SEARCH_EDGE        ? kSearchEdge
                                         : kSql[i];
        if (sqlite3_prepare_v3(r->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &r->st[i], NULL) != SQLITE_OK) {
            snprintf(err, (size_t)errlen, "prepare %d: %s", i, sqlite3_errmsg(r->db));
            raw_close(r);
            return NULL;
        }
    }
    return r;
}

void raw_close(raw_db* r)
{
    int i;
    if (!r) {
        return;
    }
    for (i = 0; i < ST_COUNT; ++i) {
        sqlite3_finalize(r->st[i]);
    }
    sqlite3_close_v2(r->db);
    free(r);
}

static int run(sqlite3_stmt* st)
{
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {}
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc == SQLITE_DONE ? 0 : -1;
}

int raw_update_entry(raw_db* r, long long id, const char* title, const char* body, const char* now, const char* day)
{
    sqlite3_stmt* st = r->st[ST_UPDATE];
    if (exec(r, "BEGIN IMMEDIATE;") != 0) {
        return -1;
    }
    sqlite3_bind_text(st, 1, now, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, day, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, title, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, body, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 5, id);
    if (run(st) != 0) {
        exec(r, "ROLLBACK;");
        return -1;
    }
    return exec(r, "COMMIT;");
}

long long raw_create_entry(raw_db* r, const char* title, const char* body, const char* now, const char* day)
{
    sqlite3_stmt* st = r->st[ST_CREATE];
    long long id;
    if (exec(r, "BEGIN IMMEDIATE;") != 0) {
        return -1;
    }
    sqlite3_bind_text(st, 1, now, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, day, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, title, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, body, -1, SQLITE_STATIC);
    if (run(st) != 0) {
        exec(r, "ROLLBACK;");
        return -1;
    }
    id = sqlite3_last_insert_rowid(r->db);
    return exec(r, "COMMIT;") == 0 ? id : -1;
}

int raw_delete_entry_quick(raw_db* r, long long id)
{
    /* One statement in its own transaction: the schema's delete trigger sets the entry's indexed
     * words aside (migration 0006), as it does for Tideline's JournalRepository::remove. */
    sqlite3_stmt* st = r->st[ST_DELETE];
    sqlite3_bind_int64(st, 1, id);
    return run(st);
}

int raw_remove_deleted_words(raw_db* r)
{
    if (exec(r, "BEGIN IMMEDIATE;") != 0) {
        return -1;
    }
    if ((r->settings.fts_secure_delete
            && exec(r, "INSERT INTO entry_fts (entry_fts, rank) VALUES ('secure-delete', 1);") != 0)
        || exec(r,
               "INSERT INTO entry_fts (entry_fts, rowid, title, body) "
               "SELECT 'delete', id, title, body FROM entry_deleted_words;")
            != 0
        || exec(r,
               "INSERT INTO entry_fts (rowid, title, body) "
               "SELECT e.id, e.title, e.body FROM entry_deleted_words AS d JOIN entry AS e ON e.id = d.id;")
            != 0
        || exec(r, "DELETE FROM entry_deleted_words;") != 0
        || (r->settings.fts_secure_delete
            && exec(r, "INSERT INTO entry_fts (entry_fts, rank) VALUES ('secure-delete', 0);") != 0)) {
        exec(r, "ROLLBACK;");
        return -1;
    }
    if (exec(r, "COMMIT;") != 0) {
        return -1;
    }
    if (r->settings.wal && r->settings.checkpoint_after_delete) {
        return sqlite3_wal_checkpoint_v2(r->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL) == SQLITE_OK ? 0 : -1;
    }
    return 0;
}

int raw_delete_entry(raw_db* r, long long id)
{
    return raw_delete_entry_quick(r, id) == 0 ? raw_remove_deleted_words(r) : -1;
}

int raw_search(
    raw_db* r, const char* match, const char* from, const char* to, const char* tag, int limit, long long* bytes)
{
    sqlite3_stmt* st = r->st[tag ? ST_SEARCH_TAG : (from || to) ? ST_SEARCH_DAYS : ST_SEARCH];
    sqlite3_stmt* edge = r->st[ST_SEARCH_EDGE];
    long long upper = LLONG_MAX;
    long long entries = FIRST_WINDOW_ENTRIES;
    int rows = 0;
    int rc = SQLITE_DONE;
    *bytes = 0;
    /* Windows of the newest entries, each twice the one before, until the page is full. */
    for (; rows < limit; entries *= 2) {
        long long lower = LLONG_MIN;
        int last;
        sqlite3_bind_int64(edge, 1, upper);
        sqlite3_bind_int64(edge, 2, entries - 1);
        rc = sqlite3_step(edge);
        last = rc != SQLITE_ROW;
        if (!last) {
            lower = sqlite3_column_int64(edge, 0);
        }
        sqlite3_reset(edge);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
            return -1;
        }
        sqlite3_bind_text(st, 1, match, -1, SQLITE_STATIC);
        if (from || to) {
            sqlite3_bind_text(st, 2, from ? from : "0000-01-01", -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 3, to ? to : "9999-12-31", -1, SQLITE_STATIC);
        }
        if (tag) {
            sqlite3_bind_text(st, 4, tag, -1, SQLITE_STATIC);
        }
        sqlite3_bind_int(st, 5, limit - rows);
        sqlite3_bind_int64(st, 7, lower);
        sqlite3_bind_int64(st, 8, upper);
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            /* Read what a result row shows: its day, title and body (for the snippet). */
            (void)sqlite3_column_int64(st, 0);
            (void)sqlite3_column_text(st, 1);
            (void)sqlite3_column_text(st, 2);
            (void)sqlite3_column_text(st, 3);
            *bytes += sqlite3_column_bytes(st, 2) + sqlite3_column_bytes(st, 3);
            ++rows;
        }
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        if (rc != SQLITE_DONE) {
            return -1;
        }
        if (last) {
            break;
        }
        upper = lower;
    }
    return rows;
}

int raw_list_page(raw_db* r, int limit)
{
    sqlite3_stmt* st = r->st[ST_LIST];
    int rows = 0;
    int rc;
    sqlite3_bind_int(st, 1, limit);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        (void)sqlite3_column_text(st, 3);
        (void)sqlite3_column_text(st, 4);
        ++rows;
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? rows : -1;
}

int raw_export_plaintext(raw_db* r, const char* path)
{
    char* sql = sqlite3_mprintf("ATTACH DATABASE %Q AS plain KEY '';", path);
    int rc;
    sqlite3_limit(r->db, SQLITE_LIMIT_ATTACHED, 1);
    rc = sqlite3_exec(r->db, sql, NULL, NULL, NULL);
    sqlite3_free(sql);
    if (rc != SQLITE_OK) {
        return -1;
    }
    rc = sqlite3_exec(r->db, "SELECT sqlcipher_export('plain');", NULL, NULL, NULL);
    sqlite3_exec(r->db, "DETACH DATABASE plain;", NULL, NULL, NULL);
    return rc == SQLITE_OK ? 0 : -1;
}
