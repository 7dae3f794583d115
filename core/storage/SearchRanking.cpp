#include "core/storage/SearchRanking.h"

#include "core/storage/Sqlite.h"

#include <cmath>
#include <cstring>

namespace tideline {

namespace {

// What bm25() and this function compute once per query (FTS5's own constants).
struct QueryFigures
{
    int phrases;
    double averageLength; // tokens per entry, over the whole table
    double* idf; // per phrase; 1 for a query of one phrase
    double* frequency; // per phrase, for the row being scored
};

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

int countEntry(const Fts5ExtensionApi*, Fts5Context*, void* count)
{
    ++*static_cast<sqlite3_int64*>(count);
    return SQLITE_OK;
}

int queryFigures(const Fts5ExtensionApi* api, Fts5Context* fts, QueryFigures** out)
{
    auto* figures = static_cast<QueryFigures*>(api->xGetAuxdata(fts, 0));
    if (figures != nullptr) {
        *out = figures;
        return SQLITE_OK;
    }
    const int phrases = api->xPhraseCount(fts);
    const auto bytes = static_cast<sqlite3_uint64>(sizeof(QueryFigures) + 2 * sizeof(double) * phrases);
    figures = static_cast<QueryFigures*>(sqlite3_malloc64(bytes));
    if (figures == nullptr) {
        return SQLITE_NOMEM;
    }
    std::memset(figures, 0, bytes);
    figures->phrases = phrases;
    figures->idf = reinterpret_cast<double*>(figures + 1);
    figures->frequency = figures->idf + phrases;

    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK) {
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    }
    figures->averageLength = rows > 0 ? static_cast<double>(tokens) / static_cast<double>(rows) : 1.0;
    if (phrases == 1) {
        figures->idf[0] = 1.0; // the same factor for every row: it cannot change the order
    }
    for (int i = 0; rc == SQLITE_OK && phrases > 1 && i < phrases; ++i) {
        sqlite3_int64 holding = 0;
        rc = api->xQueryPhrase(fts, i, &holding, countEntry);
        // As bm25(): IDF = log((N - n + 0.5) / (n + 0.5)), at least 1e-6 for a phrase in over
        // half the entries.
        const double idf = std::log((static_cast<double>(rows - holding) + 0.5) / (static_cast<double>(holding) + 0.5));
        figures->idf[i] = idf > 0.0 ? idf : 1e-6;
    }
    if (rc == SQLITE_OK) {
        rc = api->xSetAuxdata(fts, figures, sqlite3_free); // freed by FTS5 from here on
    } else {
        sqlite3_free(figures);
    }
    *out = rc == SQLITE_OK ? figures : nullptr;
    return rc;
}

void bm25Order(
    const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int weightCount, sqlite3_value** weights)
{
    QueryFigures* figures = nullptr;
    int rc = queryFigures(api, fts, &figures);
    int instances = 0;
    if (rc == SQLITE_OK) {
        std::memset(figures->frequency, 0, sizeof(double) * figures->phrases);
        rc = api->xInstCount(fts, &instances);
    }
    // Each time a phrase is found, weighted by the column it is in (title, body).
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK) {
            figures->frequency[phrase] += column < weightCount ? sqlite3_value_double(weights[column]) : 1.0;
        }
    }
    int length = 0;
    if (rc == SQLITE_OK) {
        rc = api->xColumnSize(fts, -1, &length);
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    double score = 0.0;
    for (int i = 0; i < figures->phrases; ++i) {
        const double f = figures->frequency[i];
        score += figures->idf[i] * (f * (kK1 + 1.0)) / (f + kK1 * (1.0 - kB + kB * length / figures->averageLength));
    }
    sqlite3_result_double(context, -score);
}

fts5_api* ftsApi(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK) {
        return nullptr;
    }
    sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

int registerSearchRanking(sqlite3* db)
{
    fts5_api* api = ftsApi(db);
    if (api == nullptr || api->iVersion < 2) {
        return SQLITE_ERROR;
    }
    return api->xCreateFunction(api, "bm25_order", nullptr, bm25Order, nullptr);
}

} // namespace tideline
