#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace tideline::journal {

// What a person writes: everything the editor, the CLI, an import or the monthly review hands
// to JournalRepository. Every field but the day is optional; an entry with neither a title
// nor a body is not kept (see EntryText::isBlank).
struct EntryDraft
{
    QDate day; // the day the entry is about; invalid means "today" by the repository's clock
    QString title;
    QString body;
    std::optional<int> mood; // on the mood scale (MoodScale)
    QString promptKey; // the prompt this entry answers, empty for none
    bool sensitive = false; // covered until tapped in lists, search results and "on this day"
    QStringList tags; // names as typed; normalised and de-duplicated on save
};

// One stored entry, in full.
struct Entry
{
    qint64 id = 0;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QDate day;
    QString title;
    QString body;
    std::optional<int> mood;
    QString promptKey;
    bool isDraft = false;
    bool sensitive = false;
    QStringList tags; // sorted case-insensitively

    EntryDraft toDraft() const { return EntryDraft{day, title, body, mood, promptKey, sensitive, tags}; }
};

// One row of the journal list: a short preview instead of the whole body, so a page of the
// list never reads megabytes.
struct EntrySummary
{
    qint64 id = 0;
    QDate day;
    QString createdAt; // stored text, kept for the paging cursor
    QString title;
    QString preview; // the first few hundred characters of the body
    std::optional<int> mood;
    bool isDraft = false;
    bool sensitive = false;
    int tagCount = 0;
};

// Where the next page of the list starts: just after this row in (day, created, id) order,
// newest first. Keyset paging, so page 200 costs what page 1 costs.
struct ListCursor
{
    QDate day;
    QString createdAt;
    qint64 id = 0;

    static ListCursor after(const EntrySummary& row) { return ListCursor{row.day, row.createdAt, row.id}; }
};

// A full-text search as a person asks it. text is exactly what they typed: FtsQuery turns it
// into FTS5 syntax, so no character of it is ever read as an operator.
struct SearchQuery
{
    QString text;
    QString tag; // only entries with this tag; empty for any
    QDate from; // inclusive; invalid for no lower bound
    QDate to; // inclusive; invalid for no upper bound
    int limit = 50;
    int offset = 0;

    static SearchQuery forText(const QString& typed)
    {
        SearchQuery q;
        q.text = typed;
        return q;
    }
};

// One search result, best first. The snippet marks matched words with kMatchStart/kMatchEnd;
// app/ turns those into styled text after escaping everything else.
struct SearchHit
{
    qint64 id = 0;
    QDate day;
    QString title;
    QString snippet;
    bool isDraft = false;
    bool sensitive = false;
};

// Unicode noncharacters (U+FDD0, U+FDD1): reserved for a program's internal use and never
// part of interchanged text. EntryText strips them from whatever is saved, so in a snippet
// they can only be the markers FTS5 put there.
inline constexpr char16_t kMatchStart = u'\uFDD0';
inline constexpr char16_t kMatchEnd = u'\uFDD1';

} // namespace tideline::journal
