#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QtGlobal>

namespace tideline {

// What a check-in can record (DESIGN.md section 4; the table `metric`).
enum class MetricKind {
    Scale, // the mood scale (MoodScale, 0–10) by default, slider
    Count, // whole numbers from 0, stepper
    Hours, // 0–24, half hours, stepper
    Boolean, // 0 = no, 1 = yes
};

QString metricKindKey(MetricKind kind); // "scale", "count", "hours", "boolean"
Result<MetricKind> metricKindFromKey(const QString& key);

struct Metric
{
    qint64 id = 0;
    QString key; // stable, for the CLI and exports: "mood", "custom_pain"
    QString label; // what the person sees; may be renamed
    MetricKind kind = MetricKind::Scale;
    double minValue = 0;
    double maxValue = 10;
    QString unit;
    bool builtin = false;
    bool archived = false; // a custom metric retired but kept with its history
    bool hidden = false; // not on Today
    bool sensitive = false; // thoughts of self-harm: off until turned on
    bool enabled = true;
    int sortOrder = 0;

    // Shown on Today: enabled, not hidden and not archived.
    bool onToday() const { return enabled && !hidden && !archived; }
    // The smallest change a stepper or slider makes: half an hour for hours, else 1.
    double step() const { return kind == MetricKind::Hours ? 0.5 : 1.0; }
};

// Whether value fits this metric: within its bounds, a whole number for counts and yes/no,
// whole or half hours for hours. The message says what would fit.
Status checkMetricValue(const Metric& metric, double value);

// Reads a value as typed on the command line: numbers ("7", "7.5", "7,5"), and for yes/no
// metrics also yes/no/true/false. Then checks it as above.
Result<double> parseMetricValue(const Metric& metric, const QString& text);

// The value as a person reads it: "7", "7.5 hours", "yes".
QString formatMetricValue(const Metric& metric, double value);

} // namespace tideline
