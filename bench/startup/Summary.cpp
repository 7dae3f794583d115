#include "Summary.h"

#include <algorithm>
#include <cmath>

namespace tideline::bench {

namespace {

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

QString ratio(double value)
{
    return QString::number(value, 'f', 2) + QLatin1Char('x');
}

} // namespace

Summary summarize(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    Summary summary;
    summary.min = samples.first();
    summary.median = n % 2 == 1 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2;
    const auto rank = static_cast<qsizetype>(std::ceil(0.9 * static_cast<double>(n)));
    summary.p90 = samples.at(std::clamp<qsizetype>(rank - 1, 0, n - 1));
    return summary;
}

QString formatHeader()
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
        .arg(QStringLiteral("figure (ms)"), -36)
        .arg(QStringLiteral("median"), 8)
        .arg(QStringLiteral("p90"), 8)
        .arg(QStringLiteral("min"), 8)
        .arg(QStringLiteral("floor"), 7)
        .arg(QStringLiteral("target"), 7)
        .arg(QStringLiteral("/floor"), 7)
        .arg(QStringLiteral("/target"), 8);
}

QString formatRow(const QString& name, const Summary& summary, const std::optional<Reference>& reference)
{
    const QString dash = QStringLiteral("-");
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
        .arg(name, -36)
        .arg(number(summary.median), 8)
        .arg(number(summary.p90), 8)
        .arg(number(summary.min), 8)
        .arg(reference ? number(reference->floorMs) : dash, 7)
        .arg(reference ? number(reference->targetMs) : dash, 7)
        .arg(reference ? ratio(summary.median / reference->floorMs) : dash, 7)
        .arg(reference ? ratio(summary.median / reference->targetMs) : dash, 8);
}

} // namespace tideline::bench
