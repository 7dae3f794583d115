#include "core/journal/HeldEntry.h"

#include "core/journal/JournalRepository.h"

#include <sodium.h>

#include <QByteArray>
#include <QList>

#include <cstring>

namespace tideline::journal {

namespace {

// The draft's fields as UTF-8 pieces, in a fixed order; each is written with its length first.
// The mood is a text too ("" for not said) so every piece is read the same way.
QList<QByteArray> piecesOf(const EntryDraft& draft)
{
    QList<QByteArray> pieces{draft.day.isValid() ? draft.day.toString(Qt::ISODate).toUtf8() : QByteArray(),
        draft.title.toUtf8(), draft.body.toUtf8(), draft.mood ? QByteArray::number(*draft.mood) : QByteArray(),
        draft.promptKey.toUtf8(), draft.sensitive ? QByteArray("1") : QByteArray(),
        QByteArray::number(draft.tags.size())};
    for (const QString& tag : draft.tags) {
        pieces.append(tag.toUtf8());
    }
    return pieces;
}

// Reads the pieces back; a short or damaged buffer (which only a bug could make) reads as
// fewer pieces, never past the end.
QList<QString> readPieces(const SecureBuffer& bytes)
{
    QList<QString> pieces;
    std::size_t at = 0;
    while (at + sizeof(quint32) <= bytes.size()) {
        quint32 length = 0;
        std::memcpy(&length, bytes.data() + at, sizeof length);
        at += sizeof length;
        if (length > bytes.size() - at) {
            break;
        }
        pieces.append(QString::fromUtf8(bytes.chars() + at, static_cast<qsizetype>(length)));
        at += length;
    }
    return pieces;
}

} // namespace

HeldEntry::HeldEntry(qint64 entryId, const EntryDraft& draft, bool asDraft) : m_entryId(entryId), m_asDraft(asDraft)
{
    QList<QByteArray> pieces = piecesOf(draft);
    std::size_t total = 0;
    for (const QByteArray& piece : std::as_const(pieces)) {
        total += sizeof(quint32) + static_cast<std::size_t>(piece.size());
    }
    SecureBuffer bytes(total);
    std::size_t at = 0;
    for (QByteArray& piece : pieces) {
        const auto length = static_cast<quint32>(piece.size());
        std::memcpy(bytes.data() + at, &length, sizeof length);
        at += sizeof length;
        if (length > 0) {
            std::memcpy(bytes.data() + at, piece.constData(), length);
            // The plain copy made on the way in does not outlive this line.
            sodium_memzero(piece.data(), length);
        }
        at += length;
    }
    m_bytes = std::move(bytes);
}

EntryDraft HeldEntry::draft() const
{
    const QList<QString> pieces = readPieces(m_bytes);
    EntryDraft draft;
    if (pieces.size() < 7) {
        return draft;
    }
    draft.day = QDate::fromString(pieces[0], Qt::ISODate);
    draft.title = pieces[1];
    draft.body = pieces[2];
    bool isNumber = false;
    const int mood = pieces[3].toInt(&isNumber);
    if (isNumber) {
        draft.mood = mood;
    }
    draft.promptKey = pieces[4];
    draft.sensitive = !pieces[5].isEmpty();
    const qsizetype tags = pieces[6].toLongLong();
    for (qsizetype i = 0; i < tags && 7 + i < pieces.size(); ++i) {
        draft.tags.append(pieces[7 + i]);
    }
    return draft;
}

Result<qint64> HeldEntry::saveInto(JournalRepository& journal) const
{
    const EntryDraft words = draft();
    if (m_entryId != 0) {
        Status updated = journal.update(m_entryId, words, m_asDraft);
        if (updated) {
            return m_entryId;
        }
        if (updated.code() != ErrorCode::NotFound) {
            return updated.error();
        }
        // Deleted in the meantime (by tideline-cli while the window was locked): the words are
        // still the person's, so they go into a new entry rather than nowhere.
    }
    return journal.create(words, m_asDraft);
}

void HeldEntry::clear()
{
    m_bytes.clear();
    m_entryId = 0;
    m_asDraft = true;
}

} // namespace tideline::journal
