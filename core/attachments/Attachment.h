#pragma once

#include "core/attachments/MediaType.h"
#include "core/attachments/PictureDetails.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace tideline::attachments {

// The largest file Tideline takes in. Enough for a long voice memo, a phone video clip or a
// scanned document; beyond it the vault and its backups grow past what a USB stick or a cloud
// folder takes comfortably, and a single add would keep the person waiting for tens of seconds.
inline constexpr qint64 kMaxFileBytes = 100LL * 1000 * 1000; // 100 MB, as file managers count

// When the files in a vault pass this, the person is told (never stopped): an encrypted backup
// is a full copy of the vault, so from here on a backup needs that much free space again and
// takes tens of seconds, and a backup file nears the size a FAT-formatted USB stick can hold
// (4 GB) after a few more such steps. See docs/RECORDS-FORMAT.md.
inline constexpr qint64 kVaultWarningBytes = 1000LL * 1000 * 1000; // 1 GB

// The size of the pieces a file is stored in: small enough that adding a file needs about
// two of them in memory, large enough that a 100 MB file is only 400 rows.
inline constexpr qint64 kChunkBytes = 256 * 1024;

// What an attachment belongs to: a record or a journal entry.
struct AttachmentOwner
{
    enum class Kind { Record, Entry };
    Kind kind = Kind::Record;
    qint64 id = 0;

    static AttachmentOwner record(qint64 id) { return {Kind::Record, id}; }
    static AttachmentOwner entry(qint64 id) { return {Kind::Entry, id}; }
};

// One stored file, without its bytes.
struct Attachment
{
    qint64 id = 0;
    QString uid; // 32 hex digits; travels with the file in exports
    std::optional<qint64> recordId;
    std::optional<qint64> entryId;
    QString name; // the original name, cleaned (see FileName.h)
    MediaType type; // found in its first bytes
    qint64 size = 0;
    QString sha256; // 64 hex digits, of the bytes as they came in
    QDateTime addedAt; // UTC
    qint64 chunkBytes = kChunkBytes;
    PictureDetails details; // what the picture carries besides pixels

    // False when the name's extension claims another type than the bytes are.
    bool nameAgrees() const { return nameAgreesWith(name, type); }
};

} // namespace tideline::attachments
