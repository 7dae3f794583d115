// The "moments" list: flashbacks, nightmares, panic and triggers, with their optional words.
#include "core/exchange/json/JsonFields.h"
#include "core/exchange/json/JsonSections.h"

#include "core/moments/MomentRepository.h"
#include "core/storage/Database.h"

#include <QJsonObject>

namespace tideline::exchange {

namespace {

// Free text without a tighter limit of its own.
constexpr qsizetype kMaxNoteChars = 100'000;

Status write(Database& db, JsonSectionWriter& out)
{
    return db.forEachRow(
        "SELECT occurred_at, day, kind, intensity, trigger_text, place, body_sensations, what_helped, created_at "
        "FROM moment ORDER BY occurred_at, id",
        [&](const Statement& st) {
            out.add(QJsonObject{{QStringLiteral("occurred_at"), st.columnText(0)},
                {QStringLiteral("day"), st.columnText(1)}, {QStringLiteral("kind"), st.columnText(2)},
                {QStringLiteral("intensity"), intOrNull(st, 3)}, {QStringLiteral("trigger"), textOrNull(st, 4)},
                {QStringLiteral("place"), textOrNull(st, 5)}, {QStringLiteral("body_sensations"), textOrNull(st, 6)},
                {QStringLiteral("what_helped"), textOrNull(st, 7)}, {QStringLiteral("created_at"), st.columnText(8)}});
        });
}

Status read(JsonImportContext& context, JsonRecords& records)
{
    MomentRepository moments(context.db);
    while (const auto record = context.next(records)) {
        const qsizetype i = record->index;
        JsonFields f(record->value, recordPath("moments", i));
        Moment moment;
        moment.occurredAt = QDateTime::fromString(f.time("occurred_at"), Qt::ISODateWithMs);
        moment.day = QDate::fromString(f.day("day"), Qt::ISODate);
        const QString kind = f.oneOf("kind",
            {QStringLiteral("flashback"), QStringLiteral("nightmare"), QStringLiteral("panic"),
                QStringLiteral("trigger"), QStringLiteral("other")});
        if (const std::optional<qint64> intensity = f.optionalInteger("intensity", 0, 10)) {
            moment.intensity = static_cast<int>(*intensity);
        }
        moment.trigger = f.optionalText("trigger", kMaxNoteChars).value_or(QString());
        moment.place = f.optionalText("place", kMaxNoteChars).value_or(QString());
        moment.bodySensations = f.optionalText("body_sensations", kMaxNoteChars).value_or(QString());
        moment.whatHelped = f.optionalText("what_helped", kMaxNoteChars).value_or(QString());
        const QString createdAt = f.time("created_at");
        if (!f.ok()) {
            return f.error();
        }
        moment.kind = momentKindFromKey(kind).value();
        const Status added = addUnlessKept(
            f.path(), [&] { return moments.contains(moment.occurredAt, moment.kind); },
            [&] { return moments.insertAsRecorded(moment, createdAt); }, context.summary.moments);
        if (!added) {
            return added;
        }
    }
    return {};
}

} // namespace

const JsonSection kMomentsSection{"moments", write, read};

} // namespace tideline::exchange
