#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/journal/Entry.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>
#include <vector>

namespace tideline {
class Database;
}

namespace tideline::journal {

// Journal entries in the vault (DESIGN.md sections 4 and 5.3): write, edit, delete, list by
// day, "on this day", drafts and full-text search. Every write is one transaction on a
// connection with synchronous=FULL, so a returned success has reached the disk.
//
// The one writer of the table entry (tags through TagRepository). Used by the editor
// (app/journal), tideline-cli, the monthly review (which saves its reflection as an entry tagged
// "review"), the grounding notes, the demo and the importers. Holds no state of its own: make
// one wherever a database is at hand.
class JournalRepository
{
public:
    JournalRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // The local day by the clock, which is what a new entry is about unless told otherwise.
    QDate today() const;

    // A new entry. InvalidInput when it holds nothing readable (an empty entry is not kept)
    // or is too large. asDraft: the editor's autosave of text not yet saved by the person.
    // A full disk frees the vault's reserve and tries once more (writeWithRoom), here and in update().
    Result<qint64> create(const EntryDraft& draft, bool asDraft = false);
    // Replaces the entry's text, fields and tags. Blank text is refused as in create(). When the
    // title or the text changes, the words the index held for the entry are set aside (migration
    // 0007) and the entry is left out of searches until removeDeletedWords() has taken them out
    // and put the new ones in: the caller runs that next, as after remove().
    Status update(qint64 id, const EntryDraft& draft, bool asDraft = false);
    Result<Entry> get(qint64 id);

    // Deletes the entry, its tags and its place in every list and search, in one quick
    // transaction. Its words stay in the full-text index, hidden from every search, until
    // removeDeletedWords() (below) takes them out for good: the caller runs that next, off the
    // window's thread in the app. Returns the entry as it was, for an in-memory undo.
    Result<Entry> remove(qint64 id);
    // Puts a removed entry back under its old id (AUTOINCREMENT never hands that id out
    // again), with its old times, tags and draft flag.
    Status restore(const Entry& entry);

    // The words a delete or an edit set aside (migrations 0006, 0007) leave the full-text index
    // here: with FTS5's secure-delete, so no index page keeps them, then a WAL checkpoint, so the
    // log keeps none either; an edited entry's words as they are now go in instead. The slow half
    // of a delete or an edit (about 25-50 ms on a 10-year vault, all of it rewriting index pages),
    // split off so the person never waits for it: the app runs it on a connection of its own
    // right after each delete and each save that changed words (app/journal/DeletedWordsRemover),
    // the CLI right after its delete (and its edit, through the lock), every lock and unlock
    // whenever words still wait, an encrypted backup before it copies the vault, and restore().
    // Takes every entry waiting, in one transaction; when none waits it costs one small read and
    // writes nothing. Static: it runs on any connection of the vault.
    static Status removeDeletedWords(Database& db);
    // How many deleted or edited entries' old words are still in the index (tests and the bench).
    static Result<qint64> deletedWordsWaiting(Database& db);

    // For imports, inside the importer's transaction: whether an entry with the same creation
    // time, day, title and text is kept already (the same file brought in twice).
    Result<bool> containsSame(const Entry& entry);
    // An entry as another vault or app kept it: its own times, day, draft flag and tags (by
    // name; new ones are added). The text is stored as EntryText keeps it; blank entries are not
    // refused here, since they were kept where they came from. Returns the new id.
    Result<qint64> insertAsRecorded(const Entry& entry);

    // Newest first by day, then by time written. after: the last row of the previous page.
    // from/to (inclusive) are optional.
    Result<std::vector<EntrySummary>> listPage(
        const std::optional<ListCursor>& after, int limit, const QDate& from = {}, const QDate& to = {});
    Result<qint64> count();
    // The day of each of these entries that is still kept and saved (not a draft); the others
    // are not in the answer. For lists that hold ticks across reloads (the summary's entries).
    Result<QHash<qint64, QDate>> savedDays(const QList<qint64>& ids);

    // Entries written on this month and day in earlier years, newest first. Drafts and entries
    // marked sensitive are left out: nobody should meet those unasked. On 28 February of a
    // common year, 29 February entries come too.
    Result<std::vector<EntrySummary>> onThisDay(const QDate& today, int limit = 10);

    // The most recently touched draft: text autosaved but never saved by the person, left
    // behind by a quick exit, an auto-lock or a crash.
    Result<std::optional<qint64>> latestDraft();

    // Best matches first, with snippets. An empty result (never an error) when the text holds
    // nothing to search for.
    Result<std::vector<SearchHit>> search(const SearchQuery& query);

private:
    Result<qint64> createOnce(const EntryDraft& draft, bool asDraft);
    Status updateOnce(qint64 id, const EntryDraft& draft, bool asDraft);
    Result<QStringList> tagsOf(qint64 entryId);
    QString nowText() const;

    Database& m_db;
    const Clock& m_clock;
};

} // namespace tideline::journal
