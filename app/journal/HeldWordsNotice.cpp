#include "app/journal/HeldWordsNotice.h"

#include "app/VaultAccess.h"
#include "app/journal/JournalChanges.h"
#include "core/common/AppName.h"

namespace tideline::app {

HeldWordsNotice::HeldWordsNotice(VaultAccess* vault, QObject* parent) : QObject(parent), VaultClient(this)
{
    attachVault(vault);
}

void HeldWordsNotice::vaultAttached()
{
    connect(vault(), &VaultAccess::heldEntryChanged, this, &HeldWordsNotice::changed);
    connect(vault(), &VaultAccess::opened, this, &HeldWordsNotice::changed);
    connect(vault(), &VaultAccess::closed, this, &HeldWordsNotice::changed);
    emit changed();
}

QString HeldWordsNotice::text() const
{
    if (!vault()) {
        return {};
    }
    // %1 is the app's name ("Notes" in neutral mode).
    if (!vaultOpen()) {
        if (!vault()->holdsEntry()) {
            return {};
        }
        return tr("What you were writing when %1 locked could not be saved: the disk is full. The words "
                  "are kept in memory, not on the disk. Make some room on this computer, then unlock, and "
                  "they will be saved. If %1 is closed first, they are lost.")
            .arg(appName());
    }
    const std::optional<Status>& save = vault()->heldEntrySave();
    if (!save) {
        return {};
    }
    if (save->ok()) {
        return tr("What you were writing when %1 locked is saved now, as a draft in your journal.").arg(appName());
    }
    // %2: why, as core says it (a whole sentence).
    return tr("What you were writing when %1 locked still could not be saved. %2 The words are kept in "
              "memory until %1 is closed: make some room, then try again.")
        .arg(appName(), save->error().message);
}

bool HeldWordsNotice::canTryAgain() const
{
    return vaultOpen() && vault()->holdsEntry();
}

bool HeldWordsNotice::concern() const
{
    return vault() && vault()->holdsEntry();
}

void HeldWordsNotice::tryAgain()
{
    if (!canTryAgain()) {
        return;
    }
    vault()->saveHeldEntry();
    if (!vault()->holdsEntry()) {
        JournalChanges::instance().notify(); // the entry appears in the list at once
    }
}

void HeldWordsNotice::dismiss()
{
    if (vault()) {
        vault()->forgetHeldEntrySave();
    }
}

} // namespace tideline::app
