#include "core/exchange/json/JsonFields.h"

#include "core/common/AppName.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

#include <cmath>

namespace tideline::exchange {

QString recordPath(const char* section, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(section)).arg(index);
}

Error invalidInput(const QString& message)
{
    return Error::make(ErrorCode::InvalidInput, message);
}

Error failedAt(const QString& path, const Error& error)
{
    return Error::make(error.code,
        QCoreApplication::translate("Exchange", "%1: %2 Nothing was imported.", "a place in the file, then why")
            .arg(path, error.message));
}

bool isKey(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_]{1,64}$"));
    return pattern.match(text).hasMatch();
}

JsonFields::JsonFields(const QJsonValue& value, QString path) : m_path(std::move(path))
{
    if (!value.isObject()) {
        fail(QCoreApplication::translate("Exchange", "%1: should be an object { … }. Nothing was imported.")
                 .arg(m_path));
    }
    m_object = value.toObject();
}

QString JsonFields::where(const char* name) const
{
    return m_path + QLatin1Char('.') + QLatin1String(name);
}

QString JsonFields::text(const char* name, qsizetype maxChars, bool mayBeEmpty)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (!v.isString()) {
        fail(QCoreApplication::translate("Exchange", "%1: should be text. Nothing was imported.").arg(where(name)));
        return {};
    }
    return checkText(name, v.toString(), maxChars, mayBeEmpty);
}

std::optional<QString> JsonFields::optionalText(const char* name, qsizetype maxChars)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (v.isNull() || v.isUndefined()) {
        return std::nullopt;
    }
    if (!v.isString()) {
        fail(QCoreApplication::translate("Exchange", "%1: should be text or null. Nothing was imported.")
                 .arg(where(name)));
        return std::nullopt;
    }
    return checkText(name, v.toString(), maxChars, false);
}

bool JsonFields::flag(const char* name, bool fallback)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (v.isUndefined()) {
        return fallback;
    }
    if (!v.isBool()) {
        fail(QCoreApplication::translate("Exchange", "%1: should be true or false. Nothing was imported.")
                 .arg(where(name)));
    }
    return v.toBool();
}

double JsonFields::number(const char* name)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        fail(QCoreApplication::translate("Exchange", "%1: should be a number. Nothing was imported.").arg(where(name)));
        return 0;
    }
    return v.toDouble();
}

qint64 JsonFields::integer(const char* name, qint64 fallback)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (v.isUndefined()) {
        return fallback;
    }
    return wholeNumber(name, v, -1'000'000'000, 1'000'000'000).value_or(fallback);
}

std::optional<qint64> JsonFields::optionalInteger(const char* name, qint64 min, qint64 max)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (v.isNull() || v.isUndefined()) {
        return std::nullopt;
    }
    return wholeNumber(name, v, min, max);
}

QString JsonFields::oneOf(const char* name, const QStringList& allowed)
{
    const QString value = text(name, 40);
    if (ok() && !allowed.contains(value)) {
        fail(QCoreApplication::translate("Exchange", "%1: “%2” is not one of %3. Nothing was imported.")
                 .arg(where(name), value.left(40), allowed.join(QStringLiteral(", "))));
    }
    return value;
}

QString JsonFields::day(const char* name)
{
    const QString value = text(name, 10);
    if (ok() && (!QDate::fromString(value, Qt::ISODate).isValid() || value.size() != 10)) {
        fail(QCoreApplication::translate(
            "Exchange", "%1: “%2” is not a day written as YYYY-MM-DD. Nothing was imported.")
                 .arg(where(name), value.left(20)));
    }
    return value;
}

QString JsonFields::time(const char* name)
{
    const QString value = text(name, 24);
    if (!ok()) {
        return value;
    }
    const QDateTime parsed = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!parsed.isValid() || parsed.toUTC().toString(Qt::ISODateWithMs) != value) {
        fail(QCoreApplication::translate(
            "Exchange", "%1: “%2” is not a time written as YYYY-MM-DDTHH:MM:SS.SSSZ (UTC). Nothing was imported.")
                 .arg(where(name), value.left(30)));
    }
    return value;
}

QJsonArray JsonFields::array(const char* name)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (v.isUndefined()) {
        return {};
    }
    if (!v.isArray()) {
        fail(QCoreApplication::translate("Exchange", "%1: should be a list [ … ]. Nothing was imported.")
                 .arg(where(name)));
    }
    return v.toArray();
}

QJsonObject JsonFields::object(const char* name)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (v.isUndefined()) {
        return {};
    }
    if (!v.isObject()) {
        fail(QCoreApplication::translate("Exchange", "%1: should be an object { … }. Nothing was imported.")
                 .arg(where(name)));
    }
    return v.toObject();
}

void JsonFields::fail(const QString& message)
{
    if (!m_error) {
        m_error = invalidInput(message);
    }
}

QString JsonFields::checkText(const char* name, const QString& value, qsizetype maxChars, bool mayBeEmpty)
{
    if (!mayBeEmpty && value.trimmed().isEmpty()) {
        fail(
            QCoreApplication::translate("Exchange", "%1: should not be empty. Nothing was imported.").arg(where(name)));
    } else if (value.size() > maxChars) {
        fail(QCoreApplication::translate(
            "Exchange", "%1: is longer than the %2 characters %3 keeps. Nothing was imported.")
                 .arg(where(name), QString::number(maxChars), appName()));
    }
    return value;
}

std::optional<qint64> JsonFields::wholeNumber(const char* name, const QJsonValue& v, qint64 min, qint64 max)
{
    const double d = v.toDouble();
    if (!v.isDouble() || d != std::floor(d) || d < static_cast<double>(min) || d > static_cast<double>(max)) {
        fail(
            QCoreApplication::translate("Exchange", "%1: should be a whole number from %2 to %3. Nothing was imported.")
                .arg(where(name), QString::number(min), QString::number(max)));
        return std::nullopt;
    }
    return static_cast<qint64>(d);
}

} // namespace tideline::exchange
