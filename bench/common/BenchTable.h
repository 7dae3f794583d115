#pragma once

#include <QList>
#include <QString>
#include <QTextStream>

#include <functional>
#include <optional>

namespace tideline::bench {

// What DESIGN.md section 8 sets for a figure: the floor measured on a reference machine (0 when
// there is none) and the target.
struct Reference
{
    double floorMs;
    double targetMs;
};

// Standard output, for the Markdown tables docs/BENCHMARKS.md takes as they are.
QTextStream& out();

// Nearest-rank percentile of sorted samples.
double percentile(const QList<double>& sorted, double p);

// One table row: | name | runs | median | p95 | min | floor | target | /floor | /target |
void printRow(const QString& name, QList<double> samples, const std::optional<Reference>& reference);

// Wall time of work, in milliseconds.
double timeMs(const std::function<void()>& work);

// The 1-minute load average, so a busy machine shows next to its figures.
QString loadAverage();

} // namespace tideline::bench
