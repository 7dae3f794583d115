#include "core/checkin/Metric.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace tideline {

QString metricKindKey(MetricKind kind)
{
    switch (kind) {
    case MetricKind::Scale:
        return QStringLiteral("scale");
    case MetricKind::Count:
        return QStringLiteral("count");
    case MetricKind::Hours:
        return QStringLiteral("hours");
    case MetricKind::Boolean:
        return QStringLiteral("boolean");
    }
    return QStringLiteral("scale");
}

Result<MetricKind> metricKindFromKey(const QString& key)
{
    for (MetricKind kind : {MetricKind::Scale, MetricKind::Count, MetricKind::Hours, MetricKind::Boolean}) {
        if (metricKindKey(kind) == key) {
            return kind;
        }
    }
    return Error::make(ErrorCode::InvalidInput,
        QCoreApplication::translate("Metric", "A metric is a scale, a count, hours or yes/no; “%1” is none of these.")
            .arg(key.left(40)));
}

namespace {

QString number(double value)
{
    // Shown to a person: in the language's own way (7.5 in English, 7,5 in Spanish).
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'g', 10);
}

bool isWhole(double value)
{
    return std::floor(value) == value;
}

} // namespace

Status checkMetricValue(const Metric& metric, double value)
{
    if (!std::isfinite(value)) {
        return Error::make(
            ErrorCode::InvalidInput, QCoreApplication::translate("Metric", "%1 needs a number.").arg(metric.label));
    }
    if (metric.kind == MetricKind::Boolean && value != 0 && value != 1) {
        return Error::make(
            ErrorCode::InvalidInput, QCoreApplication::translate("Metric", "%1 is yes or no.").arg(metric.label));
    }
    if (value < metric.minValue || value > metric.maxValue) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Metric", "%1 goes from %2 to %3, so %4 does not fit. Nothing was saved.")
                .arg(metric.label, number(metric.minValue), number(metric.maxValue), number(value)));
    }
    if (metric.kind == MetricKind::Count && !isWhole(value)) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Metric", "%1 is counted in whole numbers, so %2 does not fit. Nothing was saved.")
                .arg(metric.label, number(value)));
    }
    if (metric.kind == MetricKind::Hours && !isWhole(value * 2)) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Metric", "%1 is kept in half hours (like 7 or 7.5), so %2 does not fit. Nothing was saved.")
                .arg(metric.label, number(value)));
    }
    return {};
}

Result<double> parseMetricValue(const Metric& metric, const QString& text)
{
    const QString word = text.trimmed().toLower();
    if (metric.kind == MetricKind::Boolean) {
        if (word == QLatin1String("yes") || word == QLatin1String("true") || word == QLatin1String("y")) {
            return 1.0;
        }
        if (word == QLatin1String("no") || word == QLatin1String("false") || word == QLatin1String("n")) {
            return 0.0;
        }
    }
    QString numeric = word;
    numeric.replace(QLatin1Char(','), QLatin1Char('.')); // 7,5 as many people write it
    bool ok = false;
    const double value = numeric.toDouble(&ok);
    if (!ok || word.isEmpty()) {
        const QString message = metric.kind == MetricKind::Boolean
            ? QCoreApplication::translate("Metric", "%1 needs yes or no; “%2” is not one. Nothing was saved.")
            : QCoreApplication::translate("Metric", "%1 needs a number; “%2” is not one. Nothing was saved.");
        return Error::make(ErrorCode::InvalidInput, message.arg(metric.label, text.trimmed().left(40)));
    }
    if (Status fits = checkMetricValue(metric, value); !fits) {
        return fits.error();
    }
    return value;
}

QString formatMetricValue(const Metric& metric, double value)
{
    switch (metric.kind) {
    case MetricKind::Boolean:
        return value != 0 ? QCoreApplication::translate("Metric", "yes") : QCoreApplication::translate("Metric", "no");
    case MetricKind::Hours:
        return QCoreApplication::translate("Metric", "%1 h").arg(number(value));
    case MetricKind::Scale:
        return QStringLiteral("%1/%2").arg(number(value), number(metric.maxValue));
    case MetricKind::Count:
        break;
    }
    return number(value);
}

} // namespace tideline
