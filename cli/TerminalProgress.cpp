#include "TerminalProgress.h"

#include <QByteArray>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace tideline::cli {

namespace {

// Set from the signal handler: a lock-free atomic store is async-signal-safe.
std::shared_ptr<std::atomic_bool>& stopFlag()
{
    static auto flag = std::make_shared<std::atomic_bool>(false);
    return flag;
}
std::atomic_bool* g_stop = nullptr;

extern "C" void askToStop(int)
{
    if (g_stop) {
        g_stop->store(true);
    }
    std::signal(SIGINT, SIG_DFL); // a second Ctrl+C ends the process
}

void writeRaw(const QByteArray& bytes)
{
    // write(2): stdio would buffer, and the line must show now.
    const char* data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(STDERR_FILENO, data, static_cast<size_t>(left));
        if (n <= 0) {
            return;
        }
        data += n;
        left -= n;
    }
}

} // namespace

TerminalProgress::TerminalProgress()
{
    stopFlag()->store(false);
    g_stop = stopFlag().get();
    std::signal(SIGINT, askToStop);
    if (::isatty(STDERR_FILENO) != 1) {
        m_progress = Progress({}, stopFlag());
        return;
    }
    m_progress = Progress(
        [this](const QString& step, qint64 done, qint64 total) {
            QByteArray line = "\r\033[K" + step.toUtf8() + "\u2026";
            if (total > 0) {
                const qint64 percent = std::min<qint64>(100, done * 100 / total);
                line += ' ' + QByteArray::number(percent) + " %";
            }
            writeRaw(line);
            m_shown = true;
        },
        stopFlag());
}

TerminalProgress::~TerminalProgress()
{
    if (m_shown) {
        writeRaw("\r\033[K");
    }
    std::signal(SIGINT, SIG_DFL);
    g_stop = nullptr;
}

} // namespace tideline::cli
