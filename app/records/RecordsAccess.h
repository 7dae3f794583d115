#pragma once

#include "app/VaultAccess.h"
#include "core/attachments/AttachmentStore.h"
#include "core/records/RecordDraft.h"
#include "core/records/RecordKindRepository.h"
#include "core/records/RecordRepository.h"

#include <QObject>

#include <optional>

namespace tideline::app {

// Records, their kinds and files in the open vault, for one call: nullopt while locked or
// without an access.
inline std::optional<records::RecordRepository> openRecords(const VaultAccess* vault)
{
    return vault ? vault->open<records::RecordRepository>() : std::nullopt;
}

inline std::optional<records::RecordKindRepository> openKinds(const VaultAccess* vault)
{
    return vault ? vault->open<records::RecordKindRepository>() : std::nullopt;
}

inline std::optional<attachments::AttachmentStore> openAttachments(const VaultAccess* vault)
{
    return vault ? vault->open<attachments::AttachmentStore>() : std::nullopt;
}

inline std::optional<records::RecordDraftStore> openRecordDraft(const VaultAccess* vault)
{
    return vault ? vault->open<records::RecordDraftStore>() : std::nullopt;
}

// Tells every records view that records, kinds or files changed (saved, deleted, restored,
// added), so lists reload. C++ only; not a QML type.
class RecordChanges final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordChanges)

public:
    static RecordChanges& instance()
    {
        static RecordChanges changes;
        return changes;
    }
    void notify() { emit changed(); }
    // The files of one record or entry changed (added, removed, given back).
    void notifyFiles() { emit filesChanged(); }

signals:
    void changed();
    void filesChanged();

private:
    RecordChanges() = default;
};

} // namespace tideline::app
