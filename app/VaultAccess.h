#pragma once

#include "core/common/Clock.h"
#include "core/crypto/KdfParams.h"
#include "core/journal/HeldEntry.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

class QQmlEngine;

namespace tideline {
class Vault;
}

namespace tideline::app {

class DeletedWordsRemover;

// How app/ models and controllers reach the vault: whether it is open, its clock, and core's
// repositories and services over it, for one call at a time. The database itself is never
// handed out, so nothing above core/ can hold it past a lock. The Session opens and closes it;
// a model is given it when it is made (C++ and tests) or takes its QML engine's (VaultClient).
class VaultAccess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultAccess)

public:
    // directory: the vault's folder; kdf: the Argon2id cost for other secrets the app stretches,
    // such as a backup passphrase (nullopt: calibrate).
    VaultAccess(const Clock& clock, QString directory, std::optional<KdfParams> kdf, QObject* parent = nullptr);

    bool isOpen() const { return m_db != nullptr; }
    QString directory() const { return m_directory; }
    std::optional<KdfParams> kdf() const { return m_kdf; }
    // The session's clock (a ManualClock in tests).
    const Clock& clock() const { return m_clock; }
    // Today where the person is, by that clock.
    QDate today() const;

    // A core repository or service over the open vault, for one call: Service(db, clock, args…)
    // when it takes a clock, else Service(db, args…); nullopt while locked.
    template<typename Service, typename... Args>
    std::optional<Service> open(Args&&... args) const
    {
        if (!m_db) {
            return std::nullopt;
        }
        if constexpr (std::is_constructible_v<Service, Database&, const Clock&, Args...>) {
            return Service(*m_db, m_clock, std::forward<Args>(args)...);
        } else {
            return Service(*m_db, std::forward<Args>(args)...);
        }
    }

    // One core function over the open vault (an export, an import, a backup's body, the
    // summary's collection): call(db, args…); nullopt while locked, and then nothing is done.
    template<typename Call, typename... Args>
    auto run(Call&& call, Args&&... args) const -> std::optional<std::invoke_result_t<Call, Database&, Args...>>
    {
        if (!m_db) {
            return std::nullopt;
        }
        return std::invoke(std::forward<Call>(call), *m_db, std::forward<Args>(args)...);
    }

    // Leaving the vault (an export, a backup, the therapist summary, the advocate's PDF) needs the
    // PIN/passphrase typed again moments before, so that half a minute at an unlocked computer
    // cannot copy everything. The Session grants one leave after Vault::confirmSecret; the writer
    // takes it just before it writes. A grant is for one copy, lasts kLeaveGrantSeconds (the time
    // to pick a folder) and goes with a lock. C++ only: QML has no way to grant one.
    static constexpr qint64 kLeaveGrantSeconds = 120;
    void grantLeave();
    // True, once, when a grant is there and fresh; it is used up either way.
    bool takeLeaveGrant();
    // Whether a grant is waiting (for a writer that checks before its own checks).
    bool hasLeaveGrant() const;

    // Words the journal editor could not save as the vault closed (a full disk, its reserve
    // already used): they wait in locked memory, never in the window, and go in as the vault
    // opens next, before any page reads it (opened()). Handing over a second set replaces the
    // first (one editor is open at a time). Closing Tideline drops them, as any unsaved text.
    void holdEntry(journal::HeldEntry words);
    bool holdsEntry() const { return !m_held.isEmpty(); }
    // How the last try to save held words went (at the latest opening): nullopt when there was
    // nothing to save then. app/journal/HeldWordsNotice tells the person.
    const std::optional<Status>& heldEntrySave() const { return m_heldSave; }
    // Tries again now ("Try again" after making room), while the vault is open.
    void saveHeldEntry();
    // The person read how the last try went; held words stay held.
    void forgetHeldEntrySave();

    // After a delete or a save that changed an entry's words: the old words leave the full-text
    // index now, on a connection of their own off the window's thread (DeletedWordsRemover, one
    // for every writer, so two never race). Costs one small read when nothing waits. Not from
    // closing() on: the lock itself removes whatever waits, and no worker may hold the vault then.
    void removeOldWords();
    // Blocks until a removal under way has ended, for a write that must not meet it (an undo).
    void waitForOldWords();
    // The same removal, now, on the window's connection (after waiting for one under way): for
    // the moment an editor closes and the lists and the search are read again, which must find
    // the entry by its new words. About 20 ms on a 10-year vault when words wait, a small read
    // when none do.
    void removeOldWordsNow();

    // For one long task (app/tasks/TaskProgress): a connection of its own to the open vault, used
    // on its worker thread only, so the window's connection stays free; nullptr (and why, in
    // `error`) while locked or when it cannot open. Every task holding one ends before the vault
    // locks (TaskProgress stops and waits on closing()).
    std::shared_ptr<Database> openTaskConnection(QString* error = nullptr) const;

    // The access the QML-made objects of this engine take (main() and the QML tests give it
    // before anything is loaded), and the one an object made by QML finds.
    static void provideTo(QQmlEngine& engine, VaultAccess* access);
    static VaultAccess* of(const QObject* qmlObject);

signals:
    // The vault is open: read what to show.
    void opened();
    // The vault is about to close: keep drafts while it still can.
    void closing();
    // The vault is closed: drop every row of user content.
    void closed();
    // Words began or stopped waiting to be saved (holdsEntry(), heldEntrySave()).
    void heldEntryChanged();

private:
    friend class Session;
    // The Session's side: the open database, or nullptr from the moment the lock begins.
    void setDatabase(Database* db)
    {
        m_db = db;
        m_closing = false;
        if (!db) {
            m_leaveGrantedAt.reset();
        }
    }
    // The Session's side: the vault the task connections open on.
    void setVault(Vault* vault) { m_core = vault; }

    Database* m_db = nullptr;
    Vault* m_core = nullptr;
    const Clock& m_clock;
    QString m_directory;
    std::optional<KdfParams> m_kdf;
    std::optional<QDateTime> m_leaveGrantedAt;
    DeletedWordsRemover* m_oldWords = nullptr; // a child of this object
    bool m_closing = false; // from closing() until the database is handed over or taken back
    journal::HeldEntry m_held;
    std::optional<Status> m_heldSave;
};

// What a model says when asked to show or change something while the vault is locked.
QString lockedMessage();
// What a writer says when asked to let something leave the vault without the secret typed again.
QString leaveUnconfirmedMessage();

} // namespace tideline::app
