#include "StandardInput.h"

#include "Console.h"

#include <cerrno>
#include <unistd.h>

namespace tideline::cli {

Result<QByteArray> readRestOfStandardInput(qsizetype maxBytes, const QString& unreadable, const QString& tooMuch)
{
    QByteArray bytes;
    char buffer[65536];
    for (;;) {
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got == 0) {
            return bytes;
        }
        if (got < 0) {
            if (errno == EINTR) {
                continue;
            }
            return Error::make(ErrorCode::InvalidInput, unreadable);
        }
        bytes.append(buffer, got);
        if (bytes.size() > maxBytes) {
            return Error::make(ErrorCode::InvalidInput, tooMuch);
        }
    }
}

Result<QString> readRestOfInput(const QString& prompt)
{
    if (::isatty(STDIN_FILENO)) {
        Console::message(prompt);
    }
    const Result<QByteArray> read
        = readRestOfStandardInput(256LL * 1024 * 1024, QStringLiteral("The text could not be read."),
            QStringLiteral("That is far more text than can be kept. Nothing was saved."));
    if (!read) {
        return read.error();
    }
    QString text = QString::fromUtf8(read.value());
    while (text.endsWith(u'\n') || text.endsWith(u'\r')) {
        text.chop(1);
    }
    return text;
}

} // namespace tideline::cli
