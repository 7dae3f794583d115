// The search box (core/journal/FtsQuery.h) and the search behind it (JournalRepository::search
// with MatchHighlighter), over a small journal of entries in several scripts.
// The input is what a person typed, as UTF-8.
// Promises checked: whatever is typed, the search answers (never an FTS5 syntax error, never
// "something went wrong"); nothing searchable means no results, not an error; every part of the
// parsed query holds a word; and marking matches keeps the text's own characters.
#include "FuzzSupport.h"

#include "core/common/Clock.h"
#include "core/journal/FtsQuery.h"
#include "core/journal/JournalRepository.h"
#include "core/journal/MatchHighlighter.h"

#include <memory>

using namespace tideline;
using namespace tideline::journal;

namespace {

struct Journal
{
    fuzz::FreshDatabase database;
    ManualClock clock;
    std::unique_ptr<JournalRepository> repository;
};

Journal& journalWithEntries()
{
    static const std::unique_ptr<Journal> journal = [] {
        auto j = std::make_unique<Journal>();
        j->repository = std::make_unique<JournalRepository>(j->database.reopen(), j->clock);
        const char* const texts[][2] = {
            {"A calm morning", "Slept well, walked by the river. The door was quiet for once."},
            {"Bad dream again", "NEAR the window, the same dream: running, hiding. Woke at 3."},
            {"Café notes", "Naïve hopes, résumé sent. Crème brûlée with Zoë 😊 at the café."},
            {"ملاحظات", "كان يومًا هادئًا. مشيت قرب البحر."},
            {"日記", "今日は静かな一日でした。海の近くを歩いた。"},
            {"Zero\u200bwidth", "word\u200bjoiner and soft\u00adhyphen, \"quotes\" and (parens) OR AND NOT - * ^"},
        };
        for (const auto& text : texts) {
            EntryDraft draft;
            draft.title = QString::fromUtf8(text[0]);
            draft.body = QString::fromUtf8(text[1]);
            draft.tags = {QStringLiteral("fuzz")};
            FUZZ_CHECK(j->repository->create(draft).ok());
        }
        return j;
    }();
    return *journal;
}

bool hasWordCharacter(const QString& text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark() || c.category() == QChar::Other_PrivateUse) {
            return true;
        }
    }
    return false;
}

QString unmarked(QString text)
{
    text.remove(kMatchStart);
    text.remove(kMatchEnd);
    return text;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQt();
    (void)journalWithEntries();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString typed = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QList<QueryPhrase> phrases = parseQuery(typed);
    for (const QueryPhrase& phrase : phrases) {
        FUZZ_CHECK(hasWordCharacter(phrase.text));
    }
    const QString match = toFtsQuery(typed);
    FUZZ_CHECK(match.isEmpty() == phrases.isEmpty());

    Journal& journal = journalWithEntries();
    SearchQuery query = SearchQuery::forText(typed);
    const Result<std::vector<SearchHit>> hits = journal.repository->search(query);
    FUZZ_CHECK(hits.ok());
    if (match.isEmpty()) {
        FUZZ_CHECK(hits.value().empty());
    }
    query.tag = QStringLiteral("fuzz");
    query.from = QDate(2000, 1, 1);
    query.to = QDate(2100, 1, 1);
    query.limit = 3;
    query.offset = 1;
    const Result<std::vector<SearchHit>> filtered = journal.repository->search(query);
    FUZZ_CHECK(filtered.ok());

    // The highlighter over the typed text itself: everything typed is found in itself.
    const MatchHighlighter marker(phrases);
    FUZZ_CHECK(unmarked(marker.highlight(typed)) == unmarked(typed));
    (void)marker.snippet(typed);
    return 0;
}
