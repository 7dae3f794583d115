#include "core/checkup/FormReader.h"

#include "core/checkup/FormParser.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace tideline::checkup::formfile {

Error invalid(const QString& where, const QString& what)
{
    return Error::make(ErrorCode::InvalidInput,
        QCoreApplication::translate("Checkup", "This form cannot be used. %1: %2 Nothing was added.").arg(where, what));
}

void Reader::fail(const QString& where, const QString& what)
{
    if (!m_error) {
        m_error = invalid(where, what);
    }
}

QString Reader::text(const char* name, qsizetype maxChars, bool required)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (!required && (v.isUndefined() || v.isNull())) {
        return {};
    }
    if (!v.isString() || v.toString().trimmed().isEmpty()) {
        fail(where(QLatin1String(name)),
            required ? QCoreApplication::translate("Checkup", "should be text, and not empty.")
                     : QCoreApplication::translate("Checkup", "should be text or null."));
        return {};
    }
    if (v.toString().size() > maxChars) {
        fail(where(QLatin1String(name)),
            QCoreApplication::translate("Checkup", "is longer than %1 characters.").arg(maxChars));
        return {};
    }
    return v.toString();
}

std::optional<int> Reader::integer(const char* name, int min, int max, bool required)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (!required && (v.isUndefined() || v.isNull())) {
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (!v.isDouble() || d != std::floor(d) || d < min || d > max) {
        fail(where(QLatin1String(name)),
            QCoreApplication::translate("Checkup", "should be a whole number from %1 to %2.").arg(min).arg(max));
        return std::nullopt;
    }
    return static_cast<int>(d);
}

bool Reader::flag(const char* name, bool fallback)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (v.isUndefined()) {
        return fallback;
    }
    if (!v.isBool()) {
        fail(where(QLatin1String(name)), QCoreApplication::translate("Checkup", "should be true or false."));
        return fallback;
    }
    return v.toBool();
}

QJsonArray Reader::array(const char* name, bool required)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (!required && v.isUndefined()) {
        return {};
    }
    if (!v.isArray()) {
        fail(where(QLatin1String(name)), QCoreApplication::translate("Checkup", "should be a list [ … ]."));
        return {};
    }
    return v.toArray();
}

QJsonObject Reader::object(const char* name)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (!v.isObject()) {
        fail(where(QLatin1String(name)), QCoreApplication::translate("Checkup", "should be an object { … }."));
        return {};
    }
    return v.toObject();
}

Result<QList<Option>> readOptions(const QJsonArray& list, const QString& path)
{
    if (list.size() < 2 || list.size() > kMaxOptions) {
        return invalid(
            path, QCoreApplication::translate("Checkup", "should list from 2 to %1 answers.").arg(kMaxOptions));
    }
    QList<Option> options;
    QSet<int> values;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!list[i].isObject()) {
            return invalid(
                at, QCoreApplication::translate("Checkup", "should be an object { \"value\": …, \"label\": … }."));
        }
        Reader r(list[i].toObject(), at);
        const std::optional<int> value = r.integer("value", 0, 100);
        const QString label = r.text("label", 200);
        if (!r.ok()) {
            return r.error();
        }
        if (values.contains(*value)) {
            return invalid(r.where(QStringLiteral("value")),
                QCoreApplication::translate("Checkup", "the value %1 is given to two answers.").arg(*value));
        }
        values.insert(*value);
        options.append(Option{*value, label});
    }
    return options;
}

const QRegularExpression& keyPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,39}$"));
    return pattern;
}

Status refuseUnknown(const QJsonObject& object, const QSet<QString>& known, const QString& path)
{
    for (const QString& key : object.keys()) {
        if (!known.contains(key)) {
            const QString where = path.isEmpty() ? key.left(40) : path + u'.' + key.left(40);
            return invalid(
                where, QCoreApplication::translate("Checkup", "is not part of a check-up form (a misspelt field?)."));
        }
    }
    return {};
}

} // namespace tideline::checkup::formfile
