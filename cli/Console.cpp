#include "Console.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cerrno>
#include <cstdio>
#include <unistd.h>

namespace tideline::cli::Console {

namespace {

void writeLine(std::FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

// write(2) in a loop: a pipe may take fewer bytes than offered.
void writeAll(int fd, const std::uint8_t* bytes, std::size_t size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, bytes, size);
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            return;
        }
        bytes += written;
        size -= static_cast<std::size_t>(written);
    }
}

} // namespace

void message(const QString& text)
{
    writeLine(stderr, text);
}

void data(const QString& text)
{
    writeLine(stdout, text);
}

void secretData(const SecureBuffer& secret)
{
    std::fflush(stdout); // keep the order with anything printed before
    writeAll(STDOUT_FILENO, secret.data(), secret.size());
    static constexpr std::uint8_t kNewline = '\n';
    writeAll(STDOUT_FILENO, &kNewline, 1);
}

int fail(const Error& error)
{
    message(error.message);
    return toInt(exitCodeFor(error.code));
}

int usageError(const QString& text)
{
    message(text);
    message(QCoreApplication::translate("Cli", "Run tideline-cli --help to see the commands."));
    return toInt(ExitCode::Usage);
}

} // namespace tideline::cli::Console
