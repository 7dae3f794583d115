#pragma once

#include "core/common/Result.h"

namespace tideline {

class Database;

// Whether the vault's latest recovery code was confirmed as written down. Kept inside the vault
// (its `setting` table, under a "vault." key that exports leave out) so that it survives a lock, a
// quick exit or a crash while the code was on screen, and travels with a renewed database.
namespace RecoveryCodeNote {

// The "vault." keys belong to the vault itself: never exported, never imported.
inline constexpr const char* kKeyPrefix = "vault.";

Status markUnconfirmed(Database& db);
Status markConfirmed(Database& db);
// Whether the note says unconfirmed; an error when it cannot be read (the unlock that asks then
// fails: a read that failed may have left the connection unusable).
Result<bool> isUnconfirmed(Database& db);

} // namespace RecoveryCodeNote
} // namespace tideline
