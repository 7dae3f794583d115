#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace tideline::cli {

// Standard input from where the secret's line ended to its end (a journal body, a check-up's
// answers). More than maxBytes is refused with tooMuch, so a wrong pipe cannot fill memory;
// a read error gives unreadable. Both are InvalidInput.
Result<QByteArray> readRestOfStandardInput(qsizetype maxBytes, const QString& unreadable, const QString& tooMuch);

// The same as text, for an entry's body or a record's "what happened" (256 MB at most; the
// repositories refuse far less with their own message). On a terminal, prompt says how to
// finish. The trailing newline a shell or heredoc adds is dropped.
Result<QString> readRestOfInput(const QString& prompt);

} // namespace tideline::cli
