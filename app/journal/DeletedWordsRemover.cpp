#include "app/journal/DeletedWordsRemover.h"

#include "app/VaultAccess.h"
#include "core/common/Log.h"
#include "core/journal/JournalRepository.h"
#include "core/storage/Database.h"

#include <memory>

namespace tideline::app {

DeletedWordsRemover::DeletedWordsRemover(QObject* parent) : QObject(parent)
{}

void DeletedWordsRemover::start(VaultAccess* vault)
{
    m_vault = vault;
    if (m_task.running()) {
        m_again = true;
        return;
    }
    runOnce();
}

void DeletedWordsRemover::waitForEnd()
{
    // The worker has let go of the vault when this returns; its end is still queued, and a run
    // asked for meanwhile (m_again) starts from there.
    m_task.waitForEnd();
}

void DeletedWordsRemover::setWindowWait(int milliseconds)
{
    if (m_vault) {
        m_vault->run([milliseconds](Database& window) {
            window.setBusyTimeout(milliseconds);
            return true;
        });
    }
}

void DeletedWordsRemover::runOnce()
{
    m_again = false;
    if (!m_vault) {
        return;
    }
    // Most saves change words, but not all (a mood, a tag): a read on the window's connection,
    // far cheaper than opening another, says whether anything waits.
    const auto waiting = m_vault->run(journal::JournalRepository::deletedWordsWaiting);
    if (waiting && *waiting && waiting->value() == 0) {
        return;
    }
    std::shared_ptr<Database> db = m_vault->openTaskConnection();
    if (!db) {
        // Locked already, or the connection could not open: the lock or the next unlock
        // removes the words instead (Vault).
        qCWarning(lcStorage) << "deleted words wait for the lock: no connection for them now";
        return;
    }
    // The window's connection answers "busy" at once while another connection writes, so that a
    // long import never freezes the window (Database). This run writes for a moment only (its
    // transaction, then the checkpoint, which holds writers off too): for that long a save, a
    // check-in or an undo waits for it instead: tens of milliseconds for an entry of any usual
    // length, seconds for one of megabytes (a pasted conversation of 3 MB: about 2 s in a Debug
    // build), where a save that waits is better than one that says it failed.
    setWindowWait(10000);
    auto outcome = std::make_shared<Status>();
    Database* connection = db.get();
    const bool started = m_task.start(
        [connection, outcome](Progress&) { *outcome = journal::JournalRepository::removeDeletedWords(*connection); },
        [this, outcome] {
            setWindowWait(0);
            if (!*outcome) {
                qCWarning(lcStorage) << "deleted words could not leave the index now; they do on lock";
            }
            if (m_again) {
                runOnce();
            }
        },
        db, m_vault);
    if (!started) { // not while running (start() checks), but the window must never stay waiting
        setWindowWait(0);
    }
}

} // namespace tideline::app
