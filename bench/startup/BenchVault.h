#pragma once

#include <QString>

namespace tideline::bench {

// Makes a vault in dir with core's own Vault, at libsodium's INTERACTIVE Argon2id cost so
// preparing it is quick (the startup path never derives a key). With one, the app starts
// at the lock screen; an empty dir starts it at onboarding. Returns an error message or "".
QString makeVault(const QString& dir);

} // namespace tideline::bench
