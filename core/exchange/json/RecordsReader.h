#pragma once

#include "core/common/AppName.h"
#include "core/common/Result.h"

#include <QCoreApplication>
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
// message: a whole translated sentence naming the place (%1: … Nothing was imported.).
Error recordsInvalid(const QString& message);
Error recordsFailedAt(const QString& where, const Error& error);

// Reads the fields of one record; the first problem is kept with its path.
class RecordsReader
{
public:
    RecordsReader(const QJsonValue& value, QString path) : m_path(std::move(path))
    {
        if (!value.isObject()) {
            fail(QCoreApplication::translate("Exchange", "%1: should be an object { … }. Nothing was imported.")
                     .arg(m_path));
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
            fail(QCoreApplication::translate("Exchange", "%1: should be text. Nothing was imported.").arg(where(name)));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty()) {
            fail(QCoreApplication::translate("Exchange", "%1: should not be empty. Nothing was imported.")
                     .arg(where(name)));
        }
        if (v.toString().size() > maxChars) {
            fail(QCoreApplication::translate(
                "Exchange", "%1: is longer than the %2 characters %3 keeps. Nothing was imported.")
                     .arg(where(name))
                     .arg(maxChars)
                     .arg(appName()));
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
            fail(QCoreApplication::translate("Exchange", "%1: should be true, false or null. Nothing was imported.")
                     .arg(where(name)));
        }
        return v.toBool();
    }
    bool flag(const char* name) { return yesNo(name).value_or(false); }
    qint64 integer(const char* name, qint64 min, qint64 max)
    {
        const QJsonValue v = raw(name);
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d) || d < double(min) || d > double(max)) {
            fail(QCoreApplication::translate(
                "Exchange", "%1: should be a whole number from %2 to %3. Nothing was imported.")
                     .arg(where(name))
                     .arg(min)
                     .arg(max));
            return 0;
        }
        return static_cast<qint64>(d);
    }
    QDate day(const char* name)
    {
        const QString value = text(name, 10, true);
        const QDate day = QDate::fromString(value, Qt::ISODate);
        if (ok() && !day.isValid()) {
            fail(QCoreApplication::translate(
                "Exchange", "%1: “%2” is not a day written as YYYY-MM-DD. Nothing was imported.")
                     .arg(where(name), value.left(20)));
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
            fail(QCoreApplication::translate(
                "Exchange", "%1: should be a time of day written as HH:MM, or null. Nothing was imported.")
                     .arg(where(name)));
        }
        return time;
    }
    QString utc(const char* name)
    {
        const QString value = text(name, 24, true);
        const QDateTime parsed = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (ok() && (!parsed.isValid() || parsed.toUTC().toString(Qt::ISODateWithMs) != value)) {
            fail(QCoreApplication::translate(
                "Exchange", "%1: “%2” is not a time written as YYYY-MM-DDTHH:MM:SS.SSSZ (UTC). Nothing was imported.")
                     .arg(where(name), value.left(30)));
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
            fail(QCoreApplication::translate(
                "Exchange", "%1: should be %2 lower-case hexadecimal digits. Nothing was imported.")
                     .arg(where(name))
                     .arg(length));
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
            fail(QCoreApplication::translate("Exchange", "%1: should be a list [ … ]. Nothing was imported.")
                     .arg(where(name)));
        }
        return v.toArray();
    }
    // message: a whole sentence that names the place in the file.
    void fail(const QString& message)
    {
        if (!m_error) {
            m_error = recordsInvalid(message);
        }
    }
    QString where(const char* name) const { return m_path + QLatin1Char('.') + QLatin1String(name); }

private:
    QString m_path;
    QJsonObject m_object;
    std::optional<Error> m_error;
};

} // namespace tideline::exchange
