// The "entries" list: journal entries, drafts too, with their tags by name.
#include "core/exchange/json/JsonFields.h"
#include "core/exchange/json/JsonSections.h"

#include "core/common/MoodScale.h"

#include "core/journal/EntryText.h"
#include "core/journal/JournalRepository.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tideline::exchange {

namespace {

using journal::EntryText::kMaxBodyChars;
using journal::EntryText::kMaxTagChars;
using journal::EntryText::kMaxTitleChars;

// Oldest first by the time each was written. The sort reads only the ids, and each entry is read
// by its id as it is written: SQLite's sorter keeps all it sorts in memory (SQLITE_TEMP_STORE=3),
// so sorting whole rows held every entry's text at once, 161 MiB for 100,000 entries
// (bench_exchange); sorting ids holds about 40 bytes an entry.
Status write(Database& db, JsonSectionWriter& out)
{
    Status inner;
    Status outer = db.forEachRow("SELECT id FROM entry ORDER BY created_at, id", [&](const Statement& sorted) {
        if (!inner) {
            return;
        }
        const qint64 id = sorted.columnInt(0);
        Result<Statement> st = db.prepare("SELECT created_at, updated_at, day, title, body, mood, prompt_key, "
                                          "is_draft, is_sensitive FROM entry WHERE id = ?1");
        if (!st) {
            inner = st.error();
            return;
        }
        st.value().bind(1, id);
        Result<bool> found = st.value().nextRow();
        if (!found) {
            inner = found.error();
            return;
        }
        if (!found.value()) {
            return; // cannot happen: the ids and the rows come from the same read of the database
        }
        QJsonArray tags;
        Result<Statement> t
            = db.prepare("SELECT t.name FROM entry_tag AS et JOIN tag AS t ON t.id = et.tag_id WHERE et.entry_id = ? "
                         "ORDER BY t.name");
        if (!t) {
            inner = t.error();
            return;
        }
        t.value().bind(1, id);
        inner = t.value().forEachRow([&](const Statement& tag) { tags.append(tag.columnText(0)); });
        if (!inner) {
            return;
        }
        const Statement& e = st.value();
        out.add(QJsonObject{{QStringLiteral("created_at"), e.columnText(0)},
            {QStringLiteral("updated_at"), e.columnText(1)}, {QStringLiteral("day"), e.columnText(2)},
            {QStringLiteral("title"), e.columnText(3)}, {QStringLiteral("body"), e.columnText(4)},
            {QStringLiteral("mood"), intOrNull(e, 5)}, {QStringLiteral("prompt_key"), textOrNull(e, 6)},
            {QStringLiteral("draft"), e.columnInt(7) != 0}, {QStringLiteral("sensitive"), e.columnInt(8) != 0},
            {QStringLiteral("tags"), tags}});
    });
    return outer ? inner : outer;
}

// The record's fields as an entry; f holds the first mistake.
journal::Entry readEntry(JsonFields& f)
{
    journal::Entry entry;
    entry.createdAt = QDateTime::fromString(f.time("created_at"), Qt::ISODateWithMs);
    entry.updatedAt = QDateTime::fromString(f.time("updated_at"), Qt::ISODateWithMs);
    entry.day = QDate::fromString(f.day("day"), Qt::ISODate);
    entry.title = f.text("title", kMaxTitleChars, true);
    entry.body = f.text("body", kMaxBodyChars, true);
    if (const std::optional<qint64> mood = f.optionalInteger("mood", MoodScale::kMin, MoodScale::kMax)) {
        entry.mood = static_cast<int>(*mood);
    }
    entry.promptKey = f.optionalText("prompt_key", 200).value_or(QString());
    entry.isDraft = f.flag("draft");
    entry.sensitive = f.flag("sensitive");
    const QJsonArray tags = f.array("tags");
    for (qsizetype t = 0; t < tags.size(); ++t) {
        const QString name = tags[t].toString().trimmed();
        if (!tags[t].isString() || name.isEmpty() || name.size() > kMaxTagChars) {
            f.fail(QCoreApplication::translate(
                "Exchange", "%1: a tag is text of 1 to %2 characters. Nothing was imported.")
                       .arg(QStringLiteral("%1[%2]").arg(f.where("tags")).arg(t))
                       .arg(kMaxTagChars));
        }
        entry.tags.append(name);
    }
    return entry;
}

Status read(JsonImportContext& context, JsonRecords& records)
{
    journal::JournalRepository journal(context.db, SystemClock::instance());
    while (const auto record = context.next(records)) {
        const qsizetype i = record->index;
        JsonFields f(record->value, recordPath("entries", i));
        const journal::Entry entry = readEntry(f);
        if (!f.ok()) {
            return f.error();
        }
        // The same entry imported twice (the same file again) is kept once.
        const Status added = addUnlessKept(
            f.path(), [&] { return journal.containsSame(entry); }, [&] { return journal.insertAsRecorded(entry); },
            context.summary.entries);
        if (!added) {
            return added;
        }
    }
    return {};
}

} // namespace

const JsonSection kEntriesSection{"entries", write, read};

} // namespace tideline::exchange
