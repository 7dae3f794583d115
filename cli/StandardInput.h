#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace tideline::cli {

// Standard input from where the secret's line ended to its end (a journal body, a check-up's
// answers). More than maxBytes is refused with tooMuch, so a wrong pipe cannot fill memory;
// a read error gives unreadable. Both are InvalidInput.
Result<QByteArray> readRestOfStandardInput(qsizetype maxBytes, const QString& unreadable, const QString& tooMuch);

} // namespace tideline::cli
