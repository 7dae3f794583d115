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

} // namespace tideline::bench
