#include "BenchTable.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cmath>

namespace tideline::bench {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

double percentile(const QList<double>& sorted, double p)
{
    const auto rank = static_cast<qsizetype>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

void printRow(const QString& name, QList<double> samples, const std::optional<Reference>& reference)
{
    std::sort(samples.begin(), samples.end());
    const double median = percentile(samples, 50);
    QString row = QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                      .arg(name)
                      .arg(samples.size())
                      .arg(median, 0, 'f', 3)
                      .arg(percentile(samples, 95), 0, 'f', 3)
                      .arg(samples.first(), 0, 'f', 3);
    if (reference) {
        const QString floor = reference->floorMs > 0 ? QString::number(reference->floorMs) : QStringLiteral("–");
        const QString ratio = reference->floorMs > 0 ? QStringLiteral("%1×").arg(median / reference->floorMs, 0, 'f', 2)
                                                     : QStringLiteral("–");
        row += QStringLiteral(" %1 | ≤ %2 | %3 | %4× |")
                   .arg(floor)
                   .arg(reference->targetMs)
                   .arg(ratio)
                   .arg(median / reference->targetMs, 0, 'f', 2);
    } else {
        row += QStringLiteral(" – | – | – | – |");
    }
    out() << row << Qt::endl;
}

double median(QList<double> samples)
{
    if (samples.isEmpty()) {
        return 0;
    }
    std::sort(samples.begin(), samples.end());
    return percentile(samples, 50);
}

void printCompared(
    const QString& name, QList<double> samples, QList<double> floorSamples, double targetMs, double targetRatio)
{
    std::sort(samples.begin(), samples.end());
    const double mine = percentile(samples, 50);
    const double floor = median(floorSamples);
    const double target = targetRatio > 0 ? floor * targetRatio : targetMs;
    // No target (0): a figure printed beside its floor only.
    const QString targetText = targetRatio > 0
        ? QStringLiteral("≤ %1 (%2× floor)").arg(target, 0, 'f', 3).arg(targetRatio)
        : target > 0 ? QStringLiteral("≤ %1").arg(target)
                     : QStringLiteral("–");
    const QString perTarget = target > 0 ? QString::number(mine / target, 'f', 2) + u'×' : QStringLiteral("–");
    out() << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8× | %9 |")
                 .arg(name)
                 .arg(samples.size())
                 .arg(mine, 0, 'f', 3)
                 .arg(percentile(samples, 95), 0, 'f', 3)
                 .arg(samples.first(), 0, 'f', 3)
                 .arg(floor, 0, 'f', 3)
                 .arg(targetText)
                 .arg(floor > 0 ? mine / floor : 0, 0, 'f', 2)
                 .arg(perTarget)
          << Qt::endl;
}

void printHeader()
{
    out() << Qt::endl
          << "| figure | runs | median ms | p95 ms | min ms | floor ms | target ms | /floor | /target |" << Qt::endl
          << "| --- | --- | --- | --- | --- | --- | --- | --- | --- |" << Qt::endl;
}

double timeMs(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly)) {
        return QStringLiteral("?");
    }
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 0);
}

double processStatusMiB(qint64 pid, const char* field)
{
    QFile file(pid > 0 ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(key)) {
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0; // kB -> MiB
        }
    }
    return 0;
}

double residentMiB()
{
    return processStatusMiB(0, "VmRSS");
}

double peakResidentMiB()
{
    return processStatusMiB(0, "VmHWM");
}

bool resetPeakResident()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

} // namespace tideline::bench
