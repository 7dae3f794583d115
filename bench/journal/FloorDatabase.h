#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBuffer.h"

#include "floor/RawSqlcipher.h"

#include <QString>

namespace tideline {
class Database;
}

namespace tideline::bench {

// The raw SQLCipher floor's own database: an encrypted copy of the vault's (same schema, rows and
// FTS5 index) made with the vault's one ATTACH routine under a random raw key, opened with
// RawSqlcipher's C code and the vault's connection settings. The copy lives beside the vault in
// the benchmark's temporary folder.
class FloorDatabase
{
public:
    FloorDatabase() = default;
    ~FloorDatabase();
    FloorDatabase(const FloorDatabase&) = delete;
    FloorDatabase& operator=(const FloorDatabase&) = delete;

    Status makeFrom(Database& vaultDatabase, const QString& path);
    Status open(const raw_settings& settings = raw_vault_settings());
    void close();
    raw_db* get() { return m_db; }
    const QString& path() const { return m_path; }
    const SecureBuffer& key() const { return m_key; }

private:
    QString m_path;
    SecureBuffer m_key;
    raw_settings m_settings = raw_vault_settings();
    raw_db* m_db = nullptr;
};

} // namespace tideline::bench
