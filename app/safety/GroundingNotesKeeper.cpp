#include "app/safety/GroundingNotesKeeper.h"

#include "app/VaultAccess.h"

#include "core/common/AppName.h"
#include "core/safety/GroundingNotes.h"

using namespace Qt::StringLiterals;

namespace tideline::app {

bool GroundingNotesKeeper::keep(const QString& title, const QString& body)
{
    if (!vaultOpen()) {
        setLastError(
            QCoreApplication::translate("GroundingNotesKeeper", "%1 is locked, so your notes could not be kept.")
                .arg(appName()));
        return false;
    }
    auto kept = *runInVault(keepGroundingNotes, clock(), title, body);
    setLastError(kept ? QString() : kept.error().message);
    return kept.ok();
}

void GroundingNotesKeeper::setLastError(const QString& message)
{
    if (message != m_lastError) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

} // namespace tideline::app
