#pragma once

#include "core/attachments/Attachment.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace tideline::attachments {

class AttachmentStore;

// "Save a copy": one file where the person chose, written whole or not at all (a temporary file
// beside it, renamed into place), readable by its owner only. NOT encrypted: callers say so.
// With stripDetails, a JPEG, PNG or WebP loses its hidden details on the way (see
// MetadataStripper); other files are copied as they are. The stored original never changes.
// An existing file is replaced only with overwrite.
Status saveCopy(AttachmentStore& store, const Attachment& attachment, const QString& path, bool stripDetails,
    bool overwrite = false);

// One file of an export of originals, with the words that say what it belongs to.
struct ExportItem
{
    Attachment attachment;
    QString owner; // "record" or "entry"
    qint64 ownerId = 0;
    QString ownerLabel; // "Record 12, 3 March 2026" — for people reading the manifest
};

struct ExportedFiles
{
    QString folder;
    int files = 0;
    qint64 bytes = 0;
};

// Called after each file; return false to stop (nothing is left behind).
using ExportProgress = std::function<bool(int filesDone, int filesTotal)>;

// Export of the originals (docs/RECORDS-FORMAT.md): a new folder at folder (which must not
// exist yet; its parent must) holding every file exactly as it came in, byte for byte, under a
// safe, unique name, and a manifest so anyone can check that nothing was changed:
// manifest.csv and manifest.json (owner, file, original name, time added, size, SHA-256) and
// SHA256SUMS (for `sha256sum -c SHA256SUMS`). Written into a hidden folder beside it and renamed
// when complete, so a failure or a stop leaves nothing. NOT encrypted.
Result<ExportedFiles> exportOriginals(AttachmentStore& store, const QList<ExportItem>& items, const QString& folder,
    const Clock& clock, const ExportProgress& progress = {});

// Deletes the original of an added file from where it was, when the person asks to. On SSDs,
// in cloud-synced folders and with backups or snapshots the bytes may survive elsewhere; the
// callers say so. Refuses anything but an ordinary file.
Status deleteOriginal(const QString& path);

} // namespace tideline::attachments
