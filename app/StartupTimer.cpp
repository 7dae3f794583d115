#include "app/StartupTimer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>

#include <ctime>
#include <optional>
#include <unistd.h>

namespace tideline::app {

namespace {

std::optional<double> processStartMsSinceBoot()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QByteArray line = stat.readAll();
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    const qsizetype afterName = line.lastIndexOf(')');
    if (afterName < 0) {
        return std::nullopt;
    }
    const QList<QByteArray> fields = line.mid(afterName + 2).split(' ');
    constexpr int kStartTimeIndex = 22 - 3; // field 22, counted from field 3
    if (fields.size() <= kStartTimeIndex) {
        return std::nullopt;
    }
    bool ok = false;
    const qulonglong ticks = fields.at(kStartTimeIndex).toULongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    if (!ok || ticksPerSecond <= 0) {
        return std::nullopt;
    }
    return static_cast<double>(ticks) * 1000.0 / static_cast<double>(ticksPerSecond);
}

double nowMsSinceBoot()
{
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1.0e6;
}

} // namespace

double millisecondsSinceProcessStart()
{
    static QElapsedTimer fallback = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    if (const auto start = processStartMsSinceBoot()) {
        return nowMsSinceBoot() - *start;
    }
    return static_cast<double>(fallback.nsecsElapsed()) / 1.0e6;
}

} // namespace tideline::app
