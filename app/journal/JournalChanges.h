#pragma once

#include "app/VaultAccess.h"
#include "core/journal/JournalRepository.h"
#include "core/journal/TagRepository.h"

#include <QObject>

#include <optional>

namespace tideline::app {

// The journal of the open vault, for one call: nullopt while the vault is locked. Controllers
// never keep a repository (or the database) past the call that needed it.
inline std::optional<journal::JournalRepository> openJournal()
{
    return openRepository<journal::JournalRepository>();
}

inline std::optional<journal::TagRepository> openTags()
{
    return openRepository<journal::TagRepository>();
}

// Tells every journal view that entries changed (saved, deleted, restored, tags renamed), so
// lists reload their first page. C++ only; not a QML type.
class JournalChanges final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalChanges)

public:
    static JournalChanges& instance()
    {
        static JournalChanges changes;
        return changes;
    }
    void notify() { emit changed(); }

signals:
    void changed();

private:
    JournalChanges() = default;
};

} // namespace tideline::app
