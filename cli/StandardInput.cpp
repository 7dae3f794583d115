#include "StandardInput.h"

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

} // namespace tideline::cli
