#include "app/safety/NeutralLog.h"

#include "app/AppSettings.h"

#include <QMutex>
#include <QRegularExpression>
#include <QStringList>

#include <atomic>
#include <cstdio>
#include <unistd.h>

namespace tideline::app {

namespace {

std::atomic<bool> g_neutral{false};
bool g_toTerminal = false;

// Lines logged before the settings are read (Qt's platform start-up): held, then judged.
QMutex g_heldMutex;
bool g_holding = false;
QStringList g_held;
constexpr qsizetype kMaxHeldLines = 500;

void emitLine(const QString& formatted)
{
    const QString line = neutralLogLine(formatted, g_neutral.load(), g_toTerminal);
    if (!line.isEmpty()) {
        std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
        std::fflush(stderr);
    }
}

// Runs on whichever thread logs.
void writeLine(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString formatted = qFormatLogMessage(type, context, message);
    {
        const QMutexLocker locker(&g_heldMutex);
        // A fatal message ends the process: it is not held, or it would never be seen.
        if (g_holding && type != QtFatalMsg) {
            if (g_held.size() < kMaxHeldLines) {
                g_held.append(formatted);
            }
            return;
        }
    }
    emitLine(formatted);
}

} // namespace

QString neutralLogLine(const QString& formatted, bool neutral, bool toTerminal)
{
    if (!neutral) {
        return formatted;
    }
    if (!toTerminal) {
        return {};
    }
    static const QRegularExpression name(QStringLiteral("tideline"), QRegularExpression::CaseInsensitiveOption);
    QString line = formatted;
    return line.replace(name, AppSettings::neutralName().toLower());
}

void holdLogUntilNeutralModeIsKnown()
{
    g_toTerminal = ::isatty(STDERR_FILENO) == 1;
    {
        const QMutexLocker locker(&g_heldMutex);
        g_holding = true;
    }
    qInstallMessageHandler(writeLine);
}

void installNeutralLog(AppSettings& settings)
{
    g_toTerminal = ::isatty(STDERR_FILENO) == 1;
    g_neutral = settings.neutralMode();
    QObject::connect(
        &settings, &AppSettings::neutralModeChanged, &settings, [&settings] { g_neutral = settings.neutralMode(); });
    QStringList held;
    {
        const QMutexLocker locker(&g_heldMutex);
        g_holding = false;
        held.swap(g_held);
    }
    for (const QString& line : std::as_const(held)) {
        emitLine(line);
    }
    qInstallMessageHandler(writeLine);
}

} // namespace tideline::app
