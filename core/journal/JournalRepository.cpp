#include "core/journal/JournalRepository.h"

#include "core/common/AppName.h"
#include "core/common/Day.h"
#include "core/common/Log.h"
#include "core/common/MoodScale.h"
#include "core/journal/EntryText.h"
#include "core/journal/TagRepository.h"
#include "core/storage/Database.h"
#include "core/storage/RoomToWrite.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>

namespace tideline::journal {

namespace {

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Error notFound()
{
    return Error::make(
        ErrorCode::NotFound, QCoreApplication::translate("Journal", "That entry is no longer in the journal."));
}

Error moodOutOfScale()
{
    return Error::make(ErrorCode::InvalidInput,
        QCoreApplication::translate("Journal", "Mood goes from %1 to %2.").arg(MoodScale::kMin).arg(MoodScale::kMax));
}

Status checkDraft(const EntryDraft& draft)
{
    if (EntryText::isBlank(draft.title) && EntryText::isBlank(draft.body)) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Journal", "There is nothing written yet, so there is nothing to keep."));
    }
    if (draft.mood && !MoodScale::contains(*draft.mood)) {
        return moodOutOfScale();
    }
    if (draft.day.isValid() && (draft.day.year() < 1900 || draft.day.year() > 9999)) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Journal", "That day is outside the calendar %1 keeps.").arg(appName()));
    }
    return EntryText::validate(draft.title, draft.body);
}

// Binds the columns create() and update() share, from parameter first on:
// day, title, body, mood, prompt_key, is_draft, is_sensitive.
void bindFields(Statement& stmt, int first, const EntryDraft& draft, const QDate& day, bool asDraft)
{
    stmt.bind(first, Day::toText(day))
        .bind(first + 1, EntryText::clean(draft.title))
        .bind(first + 2, EntryText::clean(draft.body));
    if (draft.mood) {
        stmt.bind(first + 3, *draft.mood);
    } else {
        stmt.bindNull(first + 3);
    }
    const QString prompt = draft.promptKey.trimmed();
    if (prompt.isEmpty()) {
        stmt.bindNull(first + 4);
    } else {
        stmt.bind(first + 4, prompt);
    }
    stmt.bind(first + 5, asDraft ? 1 : 0).bind(first + 6, draft.sensitive ? 1 : 0);
}

} // namespace

QDate JournalRepository::today() const
{
    return m_clock.nowUtc().toLocalTime().date();
}

QString JournalRepository::nowText() const
{
    return timeText(m_clock.nowUtc());
}

Result<qint64> JournalRepository::create(const EntryDraft& draft, bool asDraft)
{
    return writeWithRoom(m_db, [&] { return createOnce(draft, asDraft); });
}

Status JournalRepository::update(qint64 id, const EntryDraft& draft, bool asDraft)
{
    return writeWithRoom(m_db, [&] { return updateOnce(id, draft, asDraft); });
}

Result<qint64> JournalRepository::createOnce(const EntryDraft& draft, bool asDraft)
{
    if (auto ok = checkDraft(draft); !ok) {
        return ok.error();
    }
    Entry entry;
    entry.createdAt = m_clock.nowUtc();
    entry.updatedAt = entry.createdAt;
    entry.day = draft.day.isValid() ? draft.day : today();
    entry.title = draft.title;
    entry.body = draft.body;
    entry.mood = draft.mood;
    entry.promptKey = draft.promptKey.trimmed();
    entry.isDraft = asDraft;
    entry.sensitive = draft.sensitive;
    entry.tags = draft.tags;
    return insertAsRecorded(entry);
}

Status JournalRepository::updateOnce(qint64 id, const EntryDraft& draft, bool asDraft)
{
    if (auto ok = checkDraft(draft); !ok) {
        return ok;
    }
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s) {
        return s;
    }
    auto stmt = m_db.prepare("UPDATE entry SET updated_at = ?1, day = ?2, title = ?3, body = ?4, mood = ?5, "
                             "prompt_key = ?6, is_draft = ?7, is_sensitive = ?8 WHERE id = ?9;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, nowText());
    bindFields(stmt.value(), 2, draft, draft.day.isValid() ? draft.day : today(), asDraft);
    stmt.value().bind(9, id);
    if (auto s = stmt.value().run(); !s) {
        return s;
    }
    if (m_db.changes() == 0) {
        return notFound();
    }
    // An autosave rarely changes the tags: reading them is cheaper than rewriting them.
    auto stored = tagsOf(id);
    if (!stored) {
        return stored.error();
    }
    QStringList wanted = EntryText::normalizeTags(draft.tags);
    wanted.sort(Qt::CaseInsensitive);
    QStringList have = stored.value();
    have.sort(Qt::CaseInsensitive);
    if (wanted != have) {
        if (auto s = TagRepository(m_db).setEntryTags(id, draft.tags); !s) {
            return s;
        }
    }
    return tx.commit();
}

Result<Entry> JournalRepository::get(qint64 id)
{
    auto stmt = m_db.prepare("SELECT id, created_at, updated_at, day, title, body, mood, prompt_key, is_draft, "
                             "is_sensitive FROM entry WHERE id = ?1;");
    if (!stmt) {
        return stmt.error();
    }
    Statement& row = stmt.value();
    row.bind(1, id);
    auto step = row.step();
    if (!step) {
        return step.error();
    }
    if (step.value() == Statement::Step::Done) {
        return notFound();
    }
    Entry e;
    e.id = row.columnInt(0);
    e.createdAt = QDateTime::fromString(row.columnText(1), Qt::ISODateWithMs);
    e.updatedAt = QDateTime::fromString(row.columnText(2), Qt::ISODateWithMs);
    e.day = QDate::fromString(row.columnText(3), Qt::ISODate);
    e.title = row.columnText(4);
    e.body = row.columnText(5);
    if (!row.isNull(6)) {
        e.mood = static_cast<int>(row.columnInt(6));
    }
    e.promptKey = row.columnText(7);
    e.isDraft = row.columnInt(8) != 0;
    e.sensitive = row.columnInt(9) != 0;
    auto tags = tagsOf(id);
    if (!tags) {
        return tags.error();
    }
    e.tags = tags.value();
    return e;
}

Result<Entry> JournalRepository::remove(qint64 id)
{
    auto entry = get(id);
    if (!entry) {
        return entry.error();
    }
    // The delete trigger sets the entry's indexed words aside (migration 0006), in this same
    // transaction; removeDeletedWords() takes them out of the index afterwards.
    auto stmt = m_db.prepare("DELETE FROM entry WHERE id = ?1;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, id);
    if (auto s = stmt.value().run(); !s) {
        return s.error();
    }
    return entry;
}

Status JournalRepository::restore(const Entry& entry)
{
    // Its old words may still wait to leave the index; they go first, or the index would hold
    // two versions of one id.
    if (auto s = removeDeletedWords(m_db); !s) {
        return s;
    }
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s) {
        return s;
    }
    auto stmt = m_db.prepare("INSERT INTO entry (id, created_at, updated_at, day, title, body, mood, prompt_key, "
                             "is_draft, is_sensitive) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10);");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, entry.id).bind(2, timeText(entry.createdAt)).bind(3, timeText(entry.updatedAt));
    bindFields(stmt.value(), 4, entry.toDraft(), entry.day, entry.isDraft);
    if (auto s = stmt.value().run(); !s) {
        return s;
    }
    if (auto s = TagRepository(m_db).setEntryTags(entry.id, entry.tags); !s) {
        return s;
    }
    return tx.commit();
}

Result<bool> JournalRepository::containsSame(const Entry& entry)
{
    auto stmt
        = m_db.prepare("SELECT 1 FROM entry WHERE created_at = ?1 AND day = ?2 AND title = ?3 AND body = ?4 LIMIT 1;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value()
        .bind(1, timeText(entry.createdAt))
        .bind(2, Day::toText(entry.day))
        .bind(3, EntryText::clean(entry.title))
        .bind(4, EntryText::clean(entry.body));
    return stmt.value().nextRow();
}

Result<qint64> JournalRepository::insertAsRecorded(const Entry& entry)
{
    if (entry.mood && !MoodScale::contains(*entry.mood)) {
        return moodOutOfScale();
    }
    if (auto fits = EntryText::validate(entry.title, entry.body); !fits) {
        return fits.error();
    }
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s) {
        return s.error();
    }
    auto stmt = m_db.prepare("INSERT INTO entry (created_at, updated_at, day, title, body, mood, prompt_key, "
                             "is_draft, is_sensitive) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9);");
    if (!stmt) {
        return stmt.error();
    }
    Statement& insert = stmt.value();
    insert.bind(1, timeText(entry.createdAt)).bind(2, timeText(entry.updatedAt)).bind(3, Day::toText(entry.day));
    insert.bind(4, EntryText::clean(entry.title)).bind(5, EntryText::clean(entry.body));
    if (entry.mood) {
        insert.bind(6, *entry.mood);
    } else {
        insert.bindNull(6);
    }
    if (entry.promptKey.isEmpty()) {
        insert.bindNull(7);
    } else {
        insert.bind(7, entry.promptKey);
    }
    insert.bind(8, entry.isDraft ? 1 : 0).bind(9, entry.sensitive ? 1 : 0);
    if (auto s = insert.run(); !s) {
        return s.error();
    }
    const qint64 id = m_db.lastInsertRowId();
    if (auto s = TagRepository(m_db).setEntryTags(id, entry.tags); !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Result<QStringList> JournalRepository::tagsOf(qint64 entryId)
{
    auto stmt = m_db.prepare("SELECT t.name FROM entry_tag AS et JOIN tag AS t ON t.id = et.tag_id "
                             "WHERE et.entry_id = ?1 ORDER BY t.name;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, entryId);
    QStringList names;
    for (;;) {
        auto step = stmt.value().step();
        if (!step) {
            return step.error();
        }
        if (step.value() == Statement::Step::Done) {
            return names;
        }
        names.append(stmt.value().columnText(0));
    }
}

} // namespace tideline::journal
