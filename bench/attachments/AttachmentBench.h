#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBuffer.h"
#include "core/vault/Vault.h"

#include <QByteArray>
#include <QString>

#include <memory>

// What bench_attachments' figures share: a throwaway vault, a record to hold files, photo-like
// pictures, and figure 3 (its own file, UnlockFigure.cpp).
namespace tideline::bench {

extern const char* const kPin; // a throwaway vault's PIN

SecureBuffer pin();
// Prints "what: message" to stderr; returns 1, for main's exit code.
int fail(const QString& what, const QString& message);
// A photo-like JPEG: soft gradients with fine noise, so that it compresses like a photo.
QByteArray photo(int width, int height, int quality, quint32 seed);
// A new vault in dir with kPin, at libsodium's INTERACTIVE Argon2id cost.
Result<std::unique_ptr<Vault>> newVault(const QString& dir);
Result<qint64> newRecord(Database& db);

// Figure 3: unlock time of a vault with 2 GB of files against an empty one; nothing when skip.
void benchUnlock(int runs, bool skip);

} // namespace tideline::bench
