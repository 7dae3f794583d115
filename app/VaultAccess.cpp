#include "app/VaultAccess.h"

#include "app/journal/DeletedWordsRemover.h"

#include "core/common/AppName.h"
#include "core/common/Day.h"
#include "core/common/Log.h"
#include "core/journal/JournalRepository.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QQmlEngine>

namespace tideline::app {

namespace {

// Where an engine keeps its access: a dynamic property of the engine itself, so each engine (the
// app's, every QML test's) has its own and nothing process-wide holds it.
constexpr char kEngineProperty[] = "_tideline_vaultAccess";

} // namespace

VaultAccess::VaultAccess(const Clock& clock, QString directory, std::optional<KdfParams> kdf, QObject* parent)
    : QObject(parent), m_clock(clock), m_directory(std::move(directory)), m_kdf(kdf)
{
    m_oldWords = new DeletedWordsRemover(this);
    // Connected first, before any writer's own closing() handler saves its last words.
    connect(this, &VaultAccess::closing, this, [this] { m_closing = true; });
    // Connected first, so the words are in before any page or model reads the opened vault.
    connect(this, &VaultAccess::opened, this, &VaultAccess::saveHeldEntry);
}

void VaultAccess::removeOldWords()
{
    if (m_db && !m_closing) {
        m_oldWords->start(this);
    }
}

void VaultAccess::waitForOldWords()
{
    m_oldWords->waitForEnd();
}

void VaultAccess::removeOldWordsNow()
{
    if (!m_db || m_closing) {
        return; // the lock removes them
    }
    m_oldWords->waitForEnd();
    if (Status removed = journal::JournalRepository::removeDeletedWords(*m_db); !removed) {
        qCWarning(lcStorage) << "replaced words could not leave the index now; they do on lock";
    }
}

QDate VaultAccess::today() const
{
    return Day::today(m_clock);
}

std::shared_ptr<Database> VaultAccess::openTaskConnection(QString* error) const
{
    if (!m_db || !m_core) {
        if (error) {
            *error = QCoreApplication::translate("Tideline", "%1 is locked. Open it again first.").arg(appName());
        }
        return nullptr;
    }
    Result<std::unique_ptr<Database>> opened = m_core->openTaskConnection();
    if (!opened) {
        if (error) {
            *error = opened.error().message;
        }
        return nullptr;
    }
    return std::shared_ptr<Database>(std::move(opened).value());
}

void VaultAccess::grantLeave()
{
    if (m_db) {
        m_leaveGrantedAt = m_clock.nowUtc();
    }
}

bool VaultAccess::hasLeaveGrant() const
{
    if (!m_db || !m_leaveGrantedAt) {
        return false;
    }
    const qint64 age = m_leaveGrantedAt->secsTo(m_clock.nowUtc());
    // A clock set back counts as stale too: the grant is for the next few moments only.
    return age >= 0 && age <= kLeaveGrantSeconds;
}

bool VaultAccess::takeLeaveGrant()
{
    const bool fresh = hasLeaveGrant();
    m_leaveGrantedAt.reset();
    return fresh;
}

QString leaveUnconfirmedMessage()
{
    return QCoreApplication::translate(
        "VaultAccess", "Type your PIN or passphrase again first: nothing leaves %1 without it.")
        .arg(appName());
}

QString lockedMessage()
{
    return QCoreApplication::translate("Tideline", "%1 is locked. Unlock it to see and change this.").arg(appName());
}

void VaultAccess::provideTo(QQmlEngine& engine, VaultAccess* access)
{
    engine.setProperty(kEngineProperty, QVariant::fromValue<QObject*>(access));
}

VaultAccess* VaultAccess::of(const QObject* qmlObject)
{
    const QQmlEngine* engine = qmlObject ? qmlEngine(qmlObject) : nullptr;
    return engine ? qobject_cast<VaultAccess*>(engine->property(kEngineProperty).value<QObject*>()) : nullptr;
}

void VaultAccess::holdEntry(journal::HeldEntry words)
{
    if (words.isEmpty()) {
        return;
    }
    m_held = std::move(words);
    emit heldEntryChanged();
}

void VaultAccess::saveHeldEntry()
{
    auto journal = open<journal::JournalRepository>();
    if (m_held.isEmpty() || !journal) {
        forgetHeldEntrySave();
        return;
    }
    Result<qint64> saved = m_held.saveInto(*journal);
    if (saved) {
        m_held.clear();
        m_heldSave = Status();
        removeOldWords(); // the held words may have replaced an entry's
    } else {
        m_heldSave = Status(saved.error());
    }
    emit heldEntryChanged();
}

void VaultAccess::forgetHeldEntrySave()
{
    if (m_heldSave) {
        m_heldSave.reset();
        emit heldEntryChanged();
    }
}

} // namespace tideline::app
