#pragma once

#include <QByteArray>
#include <QString>

class QTemporaryDir;

namespace tideline::test {

// One vault made with `tideline-cli init` and kept in the build tree for the other tests to
// copy, because each init pays about a second of calibrated Argon2id.
namespace SharedVault {

// The passphrase it was made with.
QByteArray secret();
// Deletes and makes the vault again; false (with a WARN) when init failed.
bool recreate();
// The vault's folder, made first if it is missing.
QString dir();
// The recovery code init printed, kept outside the vault's folder.
QByteArray recoveryCode();
// A fresh copy of the vault in a folder "vault" inside tmp; returns its path.
QString copyInto(const QTemporaryDir& tmp);

} // namespace SharedVault
} // namespace tideline::test
