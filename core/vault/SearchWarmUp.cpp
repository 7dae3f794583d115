#include "core/vault/SearchWarmUp.h"

#include "core/journal/JournalRepository.h"
#include "core/records/RecordRepository.h"

namespace tideline {

Status warmUpSearch(Database& db, const Clock& clock)
{
    // A word of no language: the query reads what every search reads and matches nothing.
    const QString noWord = QStringLiteral("qzxqzxq");
    journal::JournalRepository journal(db, clock);
    if (auto found = journal.search(journal::SearchQuery::forText(noWord)); !found) {
        return found.error();
    }
    records::RecordRepository records(db, clock);
    if (auto found = records.search(noWord, 1); !found) {
        return found.error();
    }
    return {};
}

} // namespace tideline
