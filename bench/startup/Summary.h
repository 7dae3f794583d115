#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace tideline::bench {

struct Summary
{
    double median = 0;
    double p90 = 0; // nearest-rank 90th percentile
    double min = 0;
};

Summary summarize(QList<double> samples); // samples must not be empty

// The floor and target of DESIGN.md section 8 a figure is held against.
struct Reference
{
    double floorMs = 0;
    double targetMs = 0;
};

// One table row: the name, median, p90, min, and (with a reference) floor, target and the
// ratios median/floor and median/target.
QString formatRow(const QString& name, const Summary& summary, const std::optional<Reference>& reference);
QString formatHeader();

} // namespace tideline::bench
