#pragma once

#include "core/common/Result.h"

#include <QStringList>

namespace tideline {

class Database;

// Applies migrations/NNNN_*.sql (embedded as resources) in order, each in its own
// transaction that is rolled back on failure, and records PRAGMA user_version.
class Migrator
{
public:
    // The resource paths of the embedded migrations, sorted; ":/migrations/0001_initial.sql", …
    static QStringList migrationFiles();
    // The schema version this build writes: the number of the last migration.
    static int latestVersion();

    // NewerVersion, before touching anything, when the database is ahead of this build.
    static Status checkVersion(Database& db);
    static Status migrate(Database& db);
    // The same over a given list of files (tests use this to prove the rollback).
    static Status migrate(Database& db, const QStringList& files);
};

} // namespace tideline
