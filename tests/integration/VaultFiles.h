#pragma once

// Reading, writing, flipping and searching files come from tests/support/FileProbe.h.
#include "FileProbe.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tideline::test {

// Copies a vault's files (not the lock file of a process long gone) into a new folder.
bool copyVault(const QString& from, const QString& to);

// True when dir holds none of a vault's files.
bool holdsNoVault(const QString& dir);

} // namespace tideline::test
