#pragma once

#include "core/checkup/CheckupForm.h"
#include "core/common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

namespace tideline::checkup::formfile {

// The pieces that read a form file's fields, shared by the form itself (FormParser.cpp) and its
// words in other languages (FormTranslations.cpp). Every problem names its field.

// "This form cannot be used. items[3].text: … Nothing was added."
Error invalid(const QString& where, const QString& what);

// Reads one object's fields; the first problem is kept with its path.
class Reader
{
public:
    Reader(const QJsonObject& object, QString path) : m_object(object), m_path(std::move(path)) {}

    bool ok() const { return !m_error; }
    const Error& error() const { return *m_error; }
    QString where(const QString& name) const { return m_path.isEmpty() ? name : m_path + u'.' + name; }
    void fail(const QString& where, const QString& what);

    QString text(const char* name, qsizetype maxChars, bool required = true);
    std::optional<int> integer(const char* name, int min, int max, bool required = true);
    bool flag(const char* name, bool fallback);
    QJsonArray array(const char* name, bool required = true);
    QJsonObject object(const char* name);

private:
    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

// A list of 2 to kMaxOptions answers { "value", "label" } with unique values.
Result<QList<Option>> readOptions(const QJsonArray& list, const QString& path);

// Keys of forms and ids of questions: 1 to 40 of a-z, 0-9, - and _.
const QRegularExpression& keyPattern();

// Refuses a field the format does not know (a misspelt field would otherwise be skipped).
Status refuseUnknown(const QJsonObject& object, const QSet<QString>& known, const QString& path);

} // namespace tideline::checkup::formfile
