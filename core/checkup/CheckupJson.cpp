#include "core/checkup/CheckupJson.h"

#include "core/checkup/CheckupRepository.h"
#include "core/checkup/CheckupSchedule.h"
#include "core/checkup/FormCatalogue.h"
#include "core/checkup/FormParser.h"
#include "core/common/Clock.h"
#include "core/exchange/JsonLocation.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace tideline::checkup {

namespace {

// One section: `  "name": [` then one compact record a line, then `],` (never the last one).
void writeSection(QByteArray& out, const char* name, const QList<QJsonObject>& records)
{
    out += "  \"";
    out += name;
    out += "\": [";
    for (qsizetype i = 0; i < records.size(); ++i) {
        out += i == 0 ? "\n    " : ",\n    ";
        out += QJsonDocument(records.at(i)).toJson(QJsonDocument::Compact);
    }
    out += records.isEmpty() ? "],\n" : "\n  ],\n";
}

Error invalidAt(const QByteArray& json, const char* section, qsizetype index, const QString& field, const QString& what)
{
    const int line = exchange::lineOfRecord(json, section, index);
    const QString where = QStringLiteral("%1[%2]%3")
                              .arg(QLatin1String(section))
                              .arg(index)
                              .arg(field.isEmpty() ? QString() : u'.' + field);
    const QString message = QCoreApplication::translate("Checkup", "%1: %2 Nothing was imported.").arg(where, what);
    return Error::make(ErrorCode::InvalidInput,
        line > 0 ? QCoreApplication::translate("Checkup", "Line %1, %2").arg(line).arg(message) : message);
}

bool isTime(const QJsonValue& v)
{
    if (!v.isString()) {
        return false;
    }
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() && t.toUTC().toString(Qt::ISODateWithMs) == v.toString();
}

bool isDay(const QJsonValue& v)
{
    return v.isString() && v.toString().size() == 10 && QDate::fromString(v.toString(), Qt::ISODate).isValid();
}

} // namespace

Status writeCheckupSections(Database& db, QByteArray& out, bool withSensitive)
{
    const Clock& clock = SystemClock::instance();
    FormCatalogue catalogue(db, clock);
    QList<QJsonObject> forms;
    {
        Result<Statement> st = db.prepare("SELECT key, definition, added_at FROM checkup_form ORDER BY key");
        if (!st) {
            return st.error();
        }
        Status read = st.value().forEachRow([&](Statement& row) {
            forms.append(QJsonObject{{QStringLiteral("key"), row.columnText(0)},
                {QStringLiteral("definition"), QJsonDocument::fromJson(row.columnText(1).toUtf8()).object()},
                {QStringLiteral("added_at"), row.columnText(2)}});
        });
        if (!read) {
            return read;
        }
    }
    Result<QList<Form>> known = catalogue.all();
    if (!known) {
        return known.error();
    }
    QHash<QString, Form> formByKey;
    for (const Form& f : std::as_const(known.value())) {
        formByKey.insert(f.key, f);
    }
    QList<QJsonObject> sittings;
    {
        Result<Statement> st
            = db.prepare("SELECT id, form_key, day, started_at, finished_at FROM checkup ORDER BY day, id");
        Result<Statement> answers
            = db.prepare("SELECT item, value FROM checkup_answer WHERE checkup_id = ? ORDER BY item");
        if (!st || !answers) {
            return st ? answers.error() : st.error();
        }
        Status inner;
        Status read = st.value().forEachRow([&](Statement& row) {
            const QString formKey = row.columnText(1);
            const Form form = formByKey.value(formKey);
            QJsonObject values;
            QJsonArray leftOut;
            answers.value().reset();
            answers.value().bind(1, row.columnInt(0));
            if (Status s = answers.value().forEachRow([&](Statement& a) {
                    const QString item = a.columnText(0);
                    if (!withSensitive && form.isSensitive(item)) {
                        leftOut.append(item);
                    } else {
                        values.insert(item, a.columnInt(1));
                    }
                });
                !s && inner) {
                inner = s;
            }
            QJsonObject record{{QStringLiteral("form"), formKey}, {QStringLiteral("day"), row.columnText(2)},
                {QStringLiteral("started_at"), row.columnText(3)},
                {QStringLiteral("finished_at"),
                    row.isNull(4) ? QJsonValue(QJsonValue::Null) : QJsonValue(row.columnText(4))},
                {QStringLiteral("answers"), values}};
            if (!leftOut.isEmpty()) {
                record.insert(QStringLiteral("left_out"), leftOut);
            }
            sittings.append(record);
        });
        if (!read) {
            return read;
        }
        if (!inner) {
            return inner;
        }
    }
    QList<QJsonObject> choices;
    {
        Result<Statement> st
            = db.prepare("SELECT form_key, every_weeks, not_before FROM checkup_choice ORDER BY form_key");
        if (!st) {
            return st.error();
        }
        Status read = st.value().forEachRow([&](Statement& row) {
            choices.append(QJsonObject{{QStringLiteral("form"), row.columnText(0)},
                {QStringLiteral("every_weeks"), row.columnInt(1)},
                {QStringLiteral("not_before"),
                    row.isNull(2) ? QJsonValue(QJsonValue::Null) : QJsonValue(row.columnText(2))}});
        });
        if (!read) {
            return read;
        }
    }
    writeSection(out, "checkup_forms", forms);
    writeSection(out, "checkups", sittings);
    writeSection(out, "checkup_choices", choices);
    return {};
}

Result<CheckupImportCount> importCheckupSections(Database& db, const QJsonObject& root, const QByteArray& json)
{
    CheckupImportCount count;
    for (const QString& name : checkupSectionNames()) {
        const QJsonValue v = root.value(name);
        if (!v.isUndefined() && !v.isArray()) {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate("Checkup", "%1: should be a list [ … ]. Nothing was imported.").arg(name));
        }
    }
    const Clock& clock = SystemClock::instance();
    FormCatalogue catalogue(db, clock);
    CheckupRepository checkups(db, clock);
    CheckupSchedule schedule(db);

    const QJsonArray forms = root.value(QLatin1String("checkup_forms")).toArray();
    for (qsizetype i = 0; i < forms.size(); ++i) {
        const QJsonObject record = forms.at(i).toObject();
        const QJsonValue definition = record.value(QLatin1String("definition"));
        if (!definition.isObject()) {
            return invalidAt(json, "checkup_forms", i, QStringLiteral("definition"),
                QCoreApplication::translate("Checkup", "should be a form { … }."));
        }
        const QByteArray bytes = QJsonDocument(definition.toObject()).toJson(QJsonDocument::Compact);
        Result<Form> parsed = parseForm(bytes);
        if (!parsed) {
            return invalidAt(json, "checkup_forms", i, QStringLiteral("definition"), parsed.error().message);
        }
        Result<Form> existing = catalogue.find(parsed.value().key);
        if (existing) {
            if (existing.value().builtin) {
                return invalidAt(json, "checkup_forms", i, QStringLiteral("definition.key"),
                    QCoreApplication::translate("Checkup", "“%1” is already the key of the built-in %2.")
                        .arg(parsed.value().key, existing.value().name));
            }
            continue; // the same form, added before (or in an earlier import)
        }
        const QJsonValue addedAt = record.value(QLatin1String("added_at"));
        if (Status s = catalogue.insertAsRecorded(parsed.value().key, bytes,
                isTime(addedAt) ? addedAt.toString() : clock.nowUtc().toString(Qt::ISODateWithMs));
            !s) {
            return s.error();
        }
        ++count.forms;
    }

    const QJsonArray sittings = root.value(QLatin1String("checkups")).toArray();
    QHash<QString, Form> formByKey;
    for (qsizetype i = 0; i < sittings.size(); ++i) {
        if (!sittings.at(i).isObject()) {
            return invalidAt(
                json, "checkups", i, {}, QCoreApplication::translate("Checkup", "should be an object { … }."));
        }
        const QJsonObject record = sittings.at(i).toObject();
        const QString formKey = record.value(QLatin1String("form")).toString();
        if (!formByKey.contains(formKey)) {
            Result<Form> form = catalogue.find(formKey);
            if (!form || formKey.isEmpty()) {
                return invalidAt(json, "checkups", i, QStringLiteral("form"),
                    QCoreApplication::translate("Checkup", "there is no check-up “%1” in this vault or in the file.")
                        .arg(formKey.left(40)));
            }
            formByKey.insert(formKey, form.value());
        }
        const Form& form = formByKey[formKey];
        if (!isDay(record.value(QLatin1String("day")))) {
            return invalidAt(json, "checkups", i, QStringLiteral("day"),
                QCoreApplication::translate("Checkup", "should be a day written as YYYY-MM-DD."));
        }
        if (!isTime(record.value(QLatin1String("started_at")))) {
            return invalidAt(json, "checkups", i, QStringLiteral("started_at"),
                QCoreApplication::translate("Checkup", "should be a time written as YYYY-MM-DDTHH:MM:SS.SSSZ (UTC)."));
        }
        const QJsonValue finished = record.value(QLatin1String("finished_at"));
        if (!finished.isNull() && !finished.isUndefined() && !isTime(finished)) {
            return invalidAt(json, "checkups", i, QStringLiteral("finished_at"),
                QCoreApplication::translate(
                    "Checkup", "should be a time written as YYYY-MM-DDTHH:MM:SS.SSSZ (UTC), or null."));
        }
        const QJsonValue answersValue = record.value(QLatin1String("answers"));
        if (!answersValue.isObject()) {
            return invalidAt(json, "checkups", i, QStringLiteral("answers"),
                QCoreApplication::translate("Checkup", "should be an object { … }."));
        }
        const QJsonObject answers = answersValue.toObject();
        for (auto it = answers.begin(); it != answers.end(); ++it) {
            const Item* item = form.item(it.key());
            const double d = it.value().toDouble();
            if (item == nullptr) {
                return invalidAt(json, "checkups", i, QStringLiteral("answers.") + it.key().left(40),
                    QCoreApplication::translate("Checkup", "the %1 has no such question.").arg(form.name));
            }
            if (!it.value().isDouble() || d != std::floor(d) || !item->accepts(static_cast<int>(d))) {
                return invalidAt(json, "checkups", i, QStringLiteral("answers.") + it.key(),
                    QCoreApplication::translate("Checkup", "is not one of the question's answers (%1 to %2).")
                        .arg(item->lowest())
                        .arg(item->highest()));
            }
        }
        // The same sitting (the same file imported again) is kept once.
        Answers given;
        for (auto it = answers.begin(); it != answers.end(); ++it) {
            given.insert(it.key(), it.value().toInt());
        }
        Result<bool> added = checkups.insertAsRecorded(formKey, record.value(QLatin1String("day")).toString(),
            record.value(QLatin1String("started_at")).toString(),
            isTime(finished) ? std::optional<QString>(finished.toString()) : std::nullopt, given);
        if (!added) {
            return added.error();
        }
        if (!added.value()) {
            continue;
        }
        ++count.checkups;
    }

    const QJsonArray choices = root.value(QLatin1String("checkup_choices")).toArray();
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const QJsonObject record = choices.at(i).toObject();
        const QString formKey = record.value(QLatin1String("form")).toString();
        const QJsonValue every = record.value(QLatin1String("every_weeks"));
        const QJsonValue notBefore = record.value(QLatin1String("not_before"));
        if (!catalogue.find(formKey)) {
            return invalidAt(json, "checkup_choices", i, QStringLiteral("form"),
                QCoreApplication::translate("Checkup", "there is no check-up “%1” in this vault or in the file.")
                    .arg(formKey.left(40)));
        }
        const int weeks = every.toInt(-1);
        if (!every.isDouble() || (weeks != 0 && weeks != 1 && weeks != 2 && weeks != 4)) {
            return invalidAt(json, "checkup_choices", i, QStringLiteral("every_weeks"),
                QCoreApplication::translate("Checkup", "should be 0, 1, 2 or 4."));
        }
        if (!notBefore.isNull() && !notBefore.isUndefined() && !isDay(notBefore)) {
            return invalidAt(json, "checkup_choices", i, QStringLiteral("not_before"),
                QCoreApplication::translate("Checkup", "should be a day written as YYYY-MM-DD, or null."));
        }
        Choice choice{formKey, weeks, std::nullopt};
        if (isDay(notBefore)) {
            choice.notBefore = QDate::fromString(notBefore.toString(), Qt::ISODate);
        }
        if (Status s = schedule.insertIfAbsent(choice); !s) {
            return s.error();
        }
    }
    return count;
}

} // namespace tideline::checkup
