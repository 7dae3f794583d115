#include "SecretReader.h"

#include "TerminalEchoOff.h"

#include "core/common/AppName.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cerrno>
#include <cstdio>

namespace tideline::cli {

namespace {

Error noSecretError()
{
    return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("Cli", "No PIN or passphrase was given."));
}

void showPrompt(const QString& prompt)
{
    const QByteArray bytes = prompt.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

SecretReader::SecretReader(int fd) : m_fd(fd), m_isTerminal(isatty(fd) == 1)
{}

Result<SecureBuffer> SecretReader::read(const QString& prompt)
{
    if (!m_isTerminal) {
        return readLine();
    }
    // Echo goes off before the prompt shows: whatever is typed once the prompt is visible must
    // be hidden (and not discarded by the flush that switching echo off does).
    TerminalEchoOff echoOff(m_fd);
    showPrompt(prompt);
    return readLine();
}

Result<SecureBuffer> SecretReader::readNew(const QString& prompt, const QString& confirmPrompt)
{
    Result<SecureBuffer> first = read(prompt);
    if (!first.ok() || !m_isTerminal) {
        return first;
    }
    Result<SecureBuffer> second = read(confirmPrompt);
    if (!second.ok()) {
        return second;
    }
    if (first.value().size() != second.value().size() || !first.value().constantTimeEquals(second.value())) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Cli",
                "The two entries were not the same. Nothing was "
                "created; please try again."));
    }
    return first;
}

Result<SecureBuffer> SecretReader::readLine()
{
    // One guarded buffer of the maximum size, filled in place: no byte of the secret ever
    // sits in ordinary memory. It is wiped when it goes out of scope.
    SecureBuffer line(kMaxSecretBytes);
    std::size_t length = 0;
    for (;;) {
        if (length == line.size()) {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate("Cli", "That PIN or passphrase is longer than %1 accepts (%2 bytes).")
                    .arg(appName(), QString::number(kMaxSecretBytes)));
        }
        const ssize_t got = ::read(m_fd, line.data() + length, 1);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate("Cli", "The PIN or passphrase could not be read."));
        }
        if (got == 0) {
            break; // end of input: the last line had no newline
        }
        if (line.data()[length] == '\n') {
            line.data()[length] = 0;
            break;
        }
        ++length;
    }
    if (length > 0 && line.data()[length - 1] == '\r') {
        line.data()[--length] = 0;
    }
    if (length == 0) {
        return noSecretError();
    }
    return SecureBuffer(line.data(), length);
}

} // namespace tideline::cli
