#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBuffer.h"
#include "core/journal/Entry.h"

namespace tideline::journal {

class JournalRepository;

// The words of an entry that could not be saved when the vault locked (a full disk, and no
// reserve left to free), kept until the next unlock saves them instead of being thrown away.
// They wait in a SecureBuffer (locked out of swap, wiped when freed), never in the window, a
// file or a log; closing Tideline or Quick exit drops them, as it would any unsaved text.
class HeldEntry
{
public:
    HeldEntry() = default;
    // entryId: the stored entry these words replace, or 0 for one not saved yet.
    HeldEntry(qint64 entryId, const EntryDraft& draft, bool asDraft);

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qint64 entryId() const { return m_entryId; }
    bool asDraft() const { return m_asDraft; }
    // The words back, as they were handed over.
    EntryDraft draft() const;

    // Saves them: replaces entry entryId(), or makes a new entry when that is 0 or has been
    // deleted since. The id they are stored under.
    Result<qint64> saveInto(JournalRepository& journal) const;

    // Wipes the words.
    void clear();

private:
    qint64 m_entryId = 0;
    bool m_asDraft = true;
    SecureBuffer m_bytes;
};

} // namespace tideline::journal
