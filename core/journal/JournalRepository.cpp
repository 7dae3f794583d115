#include "core/journal/JournalRepository.h"

#include "core/common/AppName.h"
#include "core/common/Log.h"
#include "core/journal/EntryText.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

namespace tideline::journal {

namespace {

constexpr int kPreviewChars = 280;

QString dayText(const QDate& day)
{
    return day.toString(Qt::ISODate);
}

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Error notFound()
{
    return Error::make(ErrorCode::NotFound, QStringLiteral("That entry is no longer in the journal."));
}

Status checkDraft(const EntryDraft& draft)
{
    if (EntryText::isBlank(draft.title) && EntryText::isBlank(draft.body)) {
        return Error::make(
            ErrorCode::InvalidInput, QStringLiteral("There is nothing written yet, so there is nothing to keep."));
    }
    if (draft.mood && (*draft.mood < 0 || *draft.mood > 10)) {
        return Error::make(ErrorCode::InvalidInput, QStringLiteral("Mood goes from 0 to 10."));
    }
    if (draft.day.isValid() && (draft.day.year() < 1900 || draft.day.year() > 9999)) {
        return Error::make(
            ErrorCode::InvalidInput, QStringLiteral("That day is outside the calendar %1 keeps.").arg(appName()));
    }
    return EntryText::validate(draft.title, draft.body);
}

// Binds the columns create() and update() share, from parameter first on:
// day, title, body, mood, prompt_key, is_draft, is_sensitive.
void bindFields(Statement& stmt, int first, const EntryDraft& draft, const QDate& day, bool asDraft)
{
    stmt.bind(first, dayText(day))
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

// Columns 0-8 of the summary queries below.
constexpr const char* kSummaryColumns
    = "e.id, e.day, e.created_at, e.title, substr(e.body, 1, 280), e.mood, e.is_draft, e.is_sensitive, "
      "(SELECT count(*) FROM entry_tag AS et WHERE et.entry_id = e.id)";

EntrySummary readSummary(const Statement& row)
{
    EntrySummary s;
    s.id = row.columnInt(0);
    s.day = QDate::fromString(row.columnText(1), Qt::ISODate);
    s.createdAt = row.columnText(2);
    s.title = row.columnText(3);
    s.preview = row.columnText(4);
    if (!row.isNull(5)) {
        s.mood = static_cast<int>(row.columnInt(5));
    }
    s.isDraft = row.columnInt(6) != 0;
    s.sensitive = row.columnInt(7) != 0;
    s.tagCount = static_cast<int>(row.columnInt(8));
    return s;
}

Result<std::vector<EntrySummary>> readSummaries(Statement& stmt)
{
    std::vector<EntrySummary> rows;
    for (;;) {
        auto step = stmt.step();
        if (!step) {
            return step.error();
        }
        if (step.value() == Statement::Step::Done) {
            return rows;
        }
        rows.push_back(readSummary(stmt));
    }
}

} // namespace

static_assert(kPreviewChars == 280, "kSummaryColumns spells the preview length out");

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
    if (auto ok = checkDraft(draft); !ok) {
        return ok.error();
    }
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s) {
        return s.error();
    }
    auto stmt = m_db.prepare("INSERT INTO entry (created_at, updated_at, day, title, body, mood, prompt_key, "
                             "is_draft, is_sensitive) VALUES (?1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8);");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, nowText());
    bindFields(stmt.value(), 2, draft, draft.day.isValid() ? draft.day : today(), asDraft);
    if (auto s = stmt.value().run(); !s) {
        return s.error();
    }
    const qint64 id = m_db.lastInsertRowId();
    if (auto s = writeTags(id, draft.tags); !s) {
        return s.error();
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Status JournalRepository::update(qint64 id, const EntryDraft& draft, bool asDraft)
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
        if (auto s = writeTags(id, draft.tags); !s) {
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
    {
        Transaction tx(m_db);
        if (auto s = tx.begin(); !s) {
            return s.error();
        }
        // The option is stored in the index's config table, so it is switched back off in the
        // same transaction: a failure rolls both back, and autosaves stay fast.
        if (auto s = m_db.exec("INSERT INTO entry_fts (entry_fts, rank) VALUES ('secure-delete', 1);"); !s) {
            return s.error();
        }
        auto stmt = m_db.prepare("DELETE FROM entry WHERE id = ?1;");
        if (!stmt) {
            return stmt.error();
        }
        stmt.value().bind(1, id);
        if (auto s = stmt.value().run(); !s) {
            return s.error();
        }
        if (auto s = m_db.exec("INSERT INTO entry_fts (entry_fts, rank) VALUES ('secure-delete', 0);"); !s) {
            return s.error();
        }
        if (auto s = tx.commit(); !s) {
            return s.error();
        }
    }
    // The delete is done and durable; a checkpoint that cannot run now runs again on lock.
    if (auto s = m_db.checkpointTruncate(); !s) {
        qCWarning(lcStorage) << "checkpoint after a journal delete did not run; it runs again on lock";
    }
    return entry;
}

Status JournalRepository::restore(const Entry& entry)
{
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
    if (auto s = writeTags(entry.id, entry.tags); !s) {
        return s;
    }
    return tx.commit();
}

Result<std::vector<EntrySummary>> JournalRepository::listPage(
    const std::optional<ListCursor>& after, int limit, const QDate& from, const QDate& to)
{
    const QByteArray sql = QByteArray("SELECT ") + kSummaryColumns
        + " FROM entry AS e"
          " WHERE (?1 IS NULL OR (e.day, e.created_at, e.id) < (?1, ?2, ?3))"
          "   AND (?4 IS NULL OR e.day >= ?4) AND (?5 IS NULL OR e.day <= ?5)"
          " ORDER BY e.day DESC, e.created_at DESC, e.id DESC LIMIT ?6;";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt) {
        return stmt.error();
    }
    Statement& s = stmt.value();
    if (after) {
        s.bind(1, dayText(after->day)).bind(2, after->createdAt).bind(3, after->id);
    }
    if (from.isValid()) {
        s.bind(4, dayText(from));
    }
    if (to.isValid()) {
        s.bind(5, dayText(to));
    }
    s.bind(6, qMax(1, limit));
    return readSummaries(s);
}

Result<qint64> JournalRepository::count()
{
    auto row = m_db.queryFirst("SELECT count(*) FROM entry;");
    if (!row) {
        return row.error();
    }
    return row.value() ? row.value()->columnInt(0) : 0;
}

Result<std::vector<EntrySummary>> JournalRepository::onThisDay(const QDate& today, int limit)
{
    const QByteArray sql = QByteArray("SELECT ") + kSummaryColumns
        + " FROM entry AS e"
          " WHERE substr(e.day, 6) IN (?1, ?2) AND e.day < ?3 AND e.is_draft = 0 AND e.is_sensitive = 0"
          " ORDER BY e.day DESC, e.created_at DESC LIMIT ?4;";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt) {
        return stmt.error();
    }
    const QString monthDay = today.toString(QStringLiteral("MM-dd"));
    const bool leapDayMissing = today.month() == 2 && today.day() == 28 && !QDate::isLeapYear(today.year());
    stmt.value()
        .bind(1, monthDay)
        .bind(2, leapDayMissing ? QStringLiteral("02-29") : monthDay)
        .bind(3, QStringLiteral("%1-01-01").arg(today.year(), 4, 10, QChar(u'0')))
        .bind(4, qMax(1, limit));
    return readSummaries(stmt.value());
}

Result<std::optional<qint64>> JournalRepository::latestDraft()
{
    auto row = m_db.queryFirst("SELECT id FROM entry WHERE is_draft = 1 ORDER BY updated_at DESC LIMIT 1;");
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return std::optional<qint64>{};
    }
    return std::optional<qint64>{row.value()->columnInt(0)};
}

Status JournalRepository::writeTags(qint64 entryId, const QStringList& names)
{
    auto clear = m_db.prepare("DELETE FROM entry_tag WHERE entry_id = ?1;");
    if (!clear) {
        return clear.error();
    }
    clear.value().bind(1, entryId);
    if (auto s = clear.value().run(); !s) {
        return s;
    }
    const QStringList tags = EntryText::normalizeTags(names);
    if (tags.isEmpty()) {
        return {};
    }
    auto addTag = m_db.prepare("INSERT INTO tag (name) VALUES (?1) ON CONFLICT (name) DO NOTHING;");
    auto link
        = m_db.prepare("INSERT OR IGNORE INTO entry_tag (entry_id, tag_id) SELECT ?1, id FROM tag WHERE name = ?2;");
    if (!addTag) {
        return addTag.error();
    }
    if (!link) {
        return link.error();
    }
    for (const QString& tag : tags) {
        addTag.value().reset();
        addTag.value().bind(1, tag);
        if (auto s = addTag.value().run(); !s) {
            return s;
        }
        link.value().reset();
        link.value().bind(1, entryId).bind(2, tag);
        if (auto s = link.value().run(); !s) {
            return s;
        }
    }
    return {};
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
