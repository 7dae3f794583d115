#pragma once

#include "core/common/Result.h"
#include "core/vault/VaultPaths.h"

#include <QString>

namespace tideline::app {

class VaultAccess;

// Paths the person chose in the file chooser (qml/files/FileChooser.qml) reach the exporters and
// importers as text. The chooser checked them already; these check again, with core's rules
// (core/files/FileRules.h), right before anything is written or read, so no caller can skip them.

// The data folder of the vault an object reaches (empty when it has no access).
VaultPaths vaultPathsOf(const VaultAccess* vault);

// A local path from a path or a file: URL ("file:///home/…"), as QML may hand either.
QString localPathOf(const QString& pathOrUrl);

// A new file at path (extension such as ".pdf" added when missing): outside vault's data folder,
// in a folder that can be written to, replacing nothing. The absolute path.
Result<QString> checkedSavePath(const VaultAccess* vault, const QString& pathOrUrl, const QString& extension);

// An existing, readable file outside vault's data folder. The absolute path.
Result<QString> checkedOpenPath(const VaultAccess* vault, const QString& pathOrUrl);

} // namespace tideline::app
