#pragma once

#include "core/common/AppName.h"
#include "core/common/Result.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QTime>

#include <algorithm>
#include <cmath>
#include <optional>

namespace tideline::exchange {

// What the records sections of an import (RecordKindsSection, RecordsSection,
// AttachmentsSection) share: the checks of their fields beyond JsonFields' (a uid in hex, a
// time of day, a yes/no that may be unknown), each mistake with its path.
Error recordsInvalid(const QString& where, const QString& what);
Error recordsFailedAt(const QString& where, const Error& error);

// Reads the fields of one record; the first problem is kept with its path.
class RecordsReader
{
public:
    RecordsReader(const QJsonValue& value, QString path) : m_path(std::move(path))
    {
        if (!value.isObject()) {
            fail(m_path, QStringLiteral("should be an object { … }."));
        }
        m_object = value.toObject();
    }
    bool ok() const { return !m_error.has_value(); }
    const Error& error() const { return *m_error; }
    QJsonValue raw(const char* name) const { return m_object.value(QLatin1String(name)); }

    QString text(const char* name, qsizetype maxChars, bool required = false)
    {
        const QJsonValue v = raw(name);
        if (v.isUndefined() && !required) {
            return {};
        }
        if (!v.isString()) {
            fail(where(name), QStringLiteral("should be text."));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty()) {
            fail(where(name), QStringLiteral("should not be empty."));
        }
        if (v.toString().size() > maxChars) {
            fail(where(name), QStringLiteral("is longer than the %1 characters %2 keeps.").arg(maxChars).arg(appName()));
        }
        return v.toString();
    }
    std::optional<bool> yesNo(const char* name)
    {
        const QJsonValue v = raw(name);
        if (v.isNull() || v.isUndefined()) {
            return std::nullopt;
        }
        if (!v.isBool()) {
            fail(where(name), QStringLiteral("should be true, false or null."));
        }
        return v.toBool();
    }
    bool flag(const char* name) { return yesNo(name).value_or(false); }
    qint64 integer(const char* name, qint64 min, qint64 max)
    {
        const QJsonValue v = raw(name);
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d) || d < double(min) || d > double(max)) {
            fail(where(name), QStringLiteral("should be a whole number from %1 to %2.").arg(min).arg(max));
            return 0;
        }
        return static_cast<qint64>(d);
    }
    QDate day(const char* name)
    {
        const QString value = text(name, 10, true);
        const QDate day = QDate::fromString(value, Qt::ISODate);
        if (ok() && !day.isValid()) {
            fail(where(name), QStringLiteral("“%1” is not a day written as YYYY-MM-DD.").arg(value.left(20)));
        }
        return day;
    }
    QTime clock(const char* name)
    {
        const QJsonValue v = raw(name);
        if (v.isNull() || v.isUndefined()) {
            return {};
        }
        const QTime time = QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
        if (!v.isString() || !time.isValid()) {
            fail(where(name), QStringLiteral("should be a time of day written as HH:MM, or null."));
        }
        return time;
    }
    QString utc(const char* name)
    {
        const QString value = text(name, 24, true);
        const QDateTime parsed = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (ok() && (!parsed.isValid() || parsed.toUTC().toString(Qt::ISODateWithMs) != value)) {
            fail(where(name),
                QStringLiteral("“%1” is not a time written as YYYY-MM-DDTHH:MM:SS.SSSZ (UTC).").arg(value.left(30)));
        }
        return value;
    }
    QString hex(const char* name, qsizetype length)
    {
        const QString value = text(name, length, true);
        const bool good = value.size() == length && std::all_of(value.cbegin(), value.cend(), [](QChar c) {
            return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
        });
        if (ok() && !good) {
            fail(where(name), QStringLiteral("should be %1 lower-case hexadecimal digits.").arg(length));
        }
        return value;
    }
    QJsonArray list(const char* name)
    {
        const QJsonValue v = raw(name);
        if (v.isUndefined()) {
            return {};
        }
        if (!v.isArray()) {
            fail(where(name), QStringLiteral("should be a list [ … ]."));
        }
        return v.toArray();
    }
    void fail(const QString& at, const QString& what)
    {
        if (!m_error) {
            m_error = recordsInvalid(at, what);
        }
    }
    QString where(const char* name) const { return m_path + QLatin1Char('.') + QLatin1String(name); }

private:
    QString m_path;
    QJsonObject m_object;
    std::optional<Error> m_error;
};

} // namespace tideline::exchange
