#pragma once

#include "core/common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace tideline::exchange {

// "entries[12]": the path of one record of a section, as mistakes name it.
QString recordPath(const char* section, qsizetype index);

// A mistake in the file: message is the whole text, the place in the file included.
Error invalidInput(const QString& message);
// A vault error met while writing the record at path: the same error, its message led by the path.
Error failedAt(const QString& path, const Error& error);

// The walk of a record that is skipped when the vault keeps it already (the same file brought in
// twice): kept() asks, add() writes, added counts what was written. A vault error comes back led
// by the record's path.
template<typename Kept, typename Add>
Status addUnlessKept(const QString& path, Kept&& kept, Add&& add, int& added)
{
    const Result<bool> there = kept();
    if (!there) {
        return failedAt(path, there.error());
    }
    if (there.value()) {
        return {};
    }
    if (const auto written = add(); !written) {
        return failedAt(path, written.error());
    }
    ++added;
    return {};
}

// A stable key as the file spells one: 1 to 64 of a-z, 0-9 and _.
bool isKey(const QString& text);

// Reads the fields of one record of an import. The first problem is kept (with the field's
// path) and the record is refused after all its fields were read, which keeps each reader a
// one-liner per field.
class JsonFields
{
public:
    JsonFields(const QJsonValue& value, QString path);

    bool ok() const { return !m_error.has_value(); }
    const Error& error() const { return *m_error; }
    const QString& path() const { return m_path; }
    // The path of one field: "entries[12].day".
    QString where(const char* name) const;
    bool has(const char* name) const { return m_object.contains(QLatin1String(name)); }

    QString text(const char* name, qsizetype maxChars, bool mayBeEmpty = false);
    std::optional<QString> optionalText(const char* name, qsizetype maxChars);
    bool flag(const char* name, bool fallback = false);
    double number(const char* name);
    qint64 integer(const char* name, qint64 fallback);
    std::optional<qint64> optionalInteger(const char* name, qint64 min, qint64 max);
    QString oneOf(const char* name, const QStringList& allowed);
    // 'YYYY-MM-DD', a real date.
    QString day(const char* name);
    // A UTC time exactly as Tideline stores it ('YYYY-MM-DDTHH:MM:SS.SSSZ').
    QString time(const char* name);
    QJsonArray array(const char* name);
    QJsonObject object(const char* name);

    // Keeps the first problem only; message is the whole text, the field's path included.
    void fail(const QString& message);

private:
    QString checkText(const char* name, const QString& value, qsizetype maxChars, bool mayBeEmpty);
    std::optional<qint64> wholeNumber(const char* name, const QJsonValue& v, qint64 min, qint64 max);

    QString m_path;
    QJsonObject m_object;
    std::optional<Error> m_error;
};

} // namespace tideline::exchange
