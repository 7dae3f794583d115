#include "StandardInput.h"

#include "Console.h"

#include <QByteArray>

#include <cerrno>
#include <unistd.h>

namespace tideline::cli {

Result<QString> readRestOfInput(const QString& prompt)
{
    if (::isatty(STDIN_FILENO)) {
        Console::message(prompt);
    }
    QByteArray bytes;
    char buffer[65536];
    for (;;) {
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got == 0) {
            break;
        }
        if (got < 0) {
            if (errno == EINTR) {
                continue;
            }
            return Error::make(ErrorCode::InvalidInput, QStringLiteral("The text could not be read."));
        }
        bytes.append(buffer, got);
    }
    QString text = QString::fromUtf8(bytes);
    while (text.endsWith(u'\n') || text.endsWith(u'\r')) {
        text.chop(1); // the newline a shell or heredoc adds is not part of what was written
    }
    return text;
}

QString tabField(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (c == u'\t' || c == u'\n' || c == u'\r') {
            c = u' ';
        }
    }
    return out;
}

} // namespace tideline::cli
