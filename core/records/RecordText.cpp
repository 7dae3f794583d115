#include "core/records/RecordText.h"
#include "core/common/AppName.h"

#include "core/journal/EntryText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace tideline::records::RecordText {

namespace {

QJsonValue yesNo(const std::optional<bool>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<bool> yesNoFrom(const QJsonValue& value)
{
    return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
}

} // namespace

Status validate(const RecordFields& fields, const QDate& today)
{
    if (fields.day.isValid() && (fields.day.year() < 1900 || fields.day > today)) {
        return Error::make(ErrorCode::InvalidInput,
            fields.day > today
                ? QCoreApplication::translate(
                    "Records", "That day has not come yet. Choose the day it happened, or today.")
                : QCoreApplication::translate("Records", "That day is outside the calendar %1 keeps.").arg(appName()));
    }
    if (fields.whatHappened.size() > kMaxAccountChars) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Records",
                "“What happened” is longer than %2 can keep in one record (%1 characters). Everything you "
                "wrote is still in the box: you could split it over two records.")
                .arg(kMaxAccountChars)
                .arg(appName()));
    }
    const std::pair<const QString*, const char*> shortFields[]
        = {{&fields.place, QT_TRANSLATE_NOOP("Records", "Where")},
            {&fields.injuries, QT_TRANSLATE_NOOP("Records", "Injuries")},
            {&fields.witnesses, QT_TRANSLATE_NOOP("Records", "Who was there")},
            {&fields.told, QT_TRANSLATE_NOOP("Records", "Who you told")}};
    for (const auto& [text, name] : shortFields) {
        if (text->size() > kMaxFieldChars) {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate("Records",
                    "“%1” is longer than %2 characters. Everything you wrote is still there; please shorten it.")
                    .arg(QCoreApplication::translate("Records", name))
                    .arg(kMaxFieldChars));
        }
    }
    return {};
}

QJsonObject toJson(const RecordFields& f, const QStringList& kindLabels, const QList<VersionFile>& files)
{
    QJsonArray kinds;
    for (const QString& label : kindLabels) {
        kinds.append(label);
    }
    QJsonArray fileList;
    for (const VersionFile& file : files) {
        fileList.append(QJsonObject{{QStringLiteral("name"), file.name}, {QStringLiteral("sha256"), file.sha256}});
    }
    return QJsonObject{{QStringLiteral("day"), f.day.toString(Qt::ISODate)},
        {QStringLiteral("time"),
            f.time.isValid() ? QJsonValue(f.time.toString(QStringLiteral("HH:mm"))) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("approximate"), f.approximate}, {QStringLiteral("place"), journal::EntryText::clean(f.place)},
        {QStringLiteral("what_happened"), journal::EntryText::clean(f.whatHappened)},
        {QStringLiteral("injuries"), journal::EntryText::clean(f.injuries)},
        {QStringLiteral("witnesses"), journal::EntryText::clean(f.witnesses)},
        {QStringLiteral("told"), journal::EntryText::clean(f.told)}, {QStringLiteral("saw_doctor"), yesNo(f.sawDoctor)},
        {QStringLiteral("reported"), yesNo(f.reported)}, {QStringLiteral("sensitive"), f.sensitive},
        {QStringLiteral("kinds"), kinds}, {QStringLiteral("files"), fileList}};
}

RecordVersion fromJson(const QJsonObject& o)
{
    RecordVersion v;
    RecordFields& f = v.fields;
    f.day = QDate::fromString(o.value(QLatin1String("day")).toString(), Qt::ISODate);
    f.time = QTime::fromString(o.value(QLatin1String("time")).toString(), QStringLiteral("HH:mm"));
    f.approximate = o.value(QLatin1String("approximate")).toBool();
    f.place = o.value(QLatin1String("place")).toString();
    f.whatHappened = o.value(QLatin1String("what_happened")).toString();
    f.injuries = o.value(QLatin1String("injuries")).toString();
    f.witnesses = o.value(QLatin1String("witnesses")).toString();
    f.told = o.value(QLatin1String("told")).toString();
    f.sawDoctor = yesNoFrom(o.value(QLatin1String("saw_doctor")));
    f.reported = yesNoFrom(o.value(QLatin1String("reported")));
    f.sensitive = o.value(QLatin1String("sensitive")).toBool();
    for (const QJsonValue& kind : o.value(QLatin1String("kinds")).toArray()) {
        v.kindLabels.append(kind.toString());
    }
    for (const QJsonValue& file : o.value(QLatin1String("files")).toArray()) {
        const QJsonObject f2 = file.toObject();
        v.files.append({f2.value(QLatin1String("name")).toString(), f2.value(QLatin1String("sha256")).toString()});
    }
    return v;
}

QString whenText(const QDate& day, const QTime& time, bool approximate)
{
    const QLocale english(QLocale::English);
    const QString date = english.toString(day, QStringLiteral("dddd d MMMM yyyy"));
    if (time.isValid()) {
        const QString clock = time.toString(QStringLiteral("HH:mm"));
        return approximate ? QCoreApplication::translate("Records", "around %1, %2").arg(date, clock)
                           : QCoreApplication::translate("Records", "%1 at %2").arg(date, clock);
    }
    return approximate ? QCoreApplication::translate("Records", "around %1").arg(date) : date;
}

} // namespace tideline::records::RecordText
