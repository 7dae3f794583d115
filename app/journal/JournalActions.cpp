#include "app/journal/JournalActions.h"

#include "app/journal/JournalChanges.h"
#include "app/journal/JournalFormat.h"
#include "app/records/RecordsAccess.h"
#include "core/journal/JournalRepository.h"
#include "core/journal/TagRepository.h"

namespace tideline::app {

JournalActions::JournalActions(VaultAccess* vault, QObject* parent) : QObject(parent), VaultClient(this)
{
    m_undoTimer.setSingleShot(true);
    m_undoTimer.setInterval(10'000);
    connect(&m_undoTimer, &QTimer::timeout, this, &JournalActions::dropUndo);
    connect(&JournalChanges::instance(), &JournalChanges::changed, this, [this] {
        refreshDraft();
        refreshTags();
    });
    attachVault(vault);
}

void JournalActions::vaultAttached()
{
    // The deleted text must not outlive the unlocked session, not even in memory.
    connect(vault(), &VaultAccess::closing, this, &JournalActions::dropUndo);
    connect(vault(), &VaultAccess::closed, this, [this] {
        setDraft(0, {});
        m_tagNames.clear();
        emit tagsChanged();
    });
    refreshDraft();
    refreshTags();
}

void JournalActions::setUndoSeconds(int seconds)
{
    seconds = qBound(1, seconds, 60);
    if (seconds != undoSeconds()) {
        m_undoTimer.setInterval(seconds * 1000);
        emit undoSecondsChanged();
    }
}

bool JournalActions::deleteEntry(qint64 id, bool wasEmpty)
{
    auto journal = service<journal::JournalRepository>();
    if (!journal) {
        return report(Error::make(ErrorCode::NotUnlocked, lockedMessage()));
    }
    // The entry's files wait without an owner until the vault locks, so undo can give them back.
    m_deletedFiles.clear();
    if (auto store = openAttachments(vault())) {
        if (auto files = store->of(attachments::AttachmentOwner::entry(id))) {
            for (const attachments::Attachment& a : files.value()) {
                m_deletedFiles.append(a.id);
            }
        }
    }
    vault()->waitForOldWords(); // a delete or a save a moment ago may still hold the write lock
    auto removed = journal->remove(id);
    if (!removed) {
        return report(removed.error());
    }
    vault()->removeOldWords();
    m_deleted = std::move(removed.value());
    if (!m_deletedFiles.isEmpty()) {
        RecordChanges::instance().notifyFiles();
    }
    m_undoMessage = wasEmpty ? tr("Nothing was written, so that entry was removed.") : tr("Entry deleted.");
    m_undoTimer.start();
    emit undoChanged();
    report({});
    JournalChanges::instance().notify();
    return true;
}

bool JournalActions::undoDelete()
{
    if (!m_deleted) {
        return false;
    }
    auto journal = service<journal::JournalRepository>();
    if (!journal) {
        return report(Error::make(ErrorCode::NotUnlocked, lockedMessage()));
    }
    vault()->waitForOldWords(); // restore removes the old words first, on this connection
    const Status restored = journal->restore(*m_deleted);
    if (!restored) {
        return report(restored);
    }
    if (auto store = openAttachments(vault()); store && !m_deletedFiles.isEmpty()) {
        if (Status relinked = store->relink(m_deletedFiles, attachments::AttachmentOwner::entry(m_deleted->id));
            !relinked) {
            return report(relinked);
        }
        RecordChanges::instance().notifyFiles();
    }
    dropUndo();
    report({});
    JournalChanges::instance().notify();
    return true;
}

void JournalActions::dropUndo()
{
    m_undoTimer.stop();
    m_deletedFiles.clear();
    if (m_deleted) {
        m_deleted.reset();
        m_undoMessage.clear();
        emit undoChanged();
    }
}

void JournalActions::refreshDraft()
{
    auto journal = service<journal::JournalRepository>();
    if (!journal) {
        setDraft(0, {});
        return;
    }
    auto draft = journal->latestDraft();
    if (!draft || !draft.value() || *draft.value() == m_draftSetAside) {
        setDraft(0, {});
        return;
    }
    auto entry = journal->get(*draft.value());
    setDraft(*draft.value(), entry ? JournalFormat::dayLabel(entry.value().day, journal->today()) : QString());
}

bool JournalActions::keepDraft()
{
    auto journal = service<journal::JournalRepository>();
    if (!journal || m_draftId == 0) {
        return report(Error::make(ErrorCode::NotUnlocked, lockedMessage()));
    }
    auto entry = journal->get(m_draftId);
    if (!entry) {
        return report(entry.error());
    }
    if (auto s = journal->update(m_draftId, entry.value().toDraft(), false); !s) {
        return report(s);
    }
    report({});
    JournalChanges::instance().notify(); // also looks for the next draft
    return true;
}

void JournalActions::setDraftAside()
{
    m_draftSetAside = m_draftId;
    setDraft(0, {});
}

void JournalActions::refreshTags()
{
    auto tags = service<journal::TagRepository>();
    QStringList names;
    if (tags) {
        auto all = tags->all();
        if (all) {
            for (const auto& tag : all.value()) {
                names.append(tag.name);
            }
        }
    }
    if (names != m_tagNames) {
        m_tagNames = names;
        emit tagsChanged();
    }
}

bool JournalActions::renameTag(const QString& from, const QString& to)
{
    auto tags = service<journal::TagRepository>();
    if (!tags) {
        return report(Error::make(ErrorCode::NotUnlocked, lockedMessage()));
    }
    if (!report(tags->rename(from, to))) {
        return false;
    }
    JournalChanges::instance().notify();
    return true;
}

bool JournalActions::mergeTag(const QString& from, const QString& into)
{
    auto tags = service<journal::TagRepository>();
    if (!tags) {
        return report(Error::make(ErrorCode::NotUnlocked, lockedMessage()));
    }
    if (!report(tags->merge(from, into))) {
        return false;
    }
    JournalChanges::instance().notify();
    return true;
}

bool JournalActions::deleteTag(const QString& name)
{
    auto tags = service<journal::TagRepository>();
    if (!tags) {
        return report(Error::make(ErrorCode::NotUnlocked, lockedMessage()));
    }
    if (!report(tags->remove(name))) {
        return false;
    }
    JournalChanges::instance().notify();
    return true;
}

bool JournalActions::report(const Status& status)
{
    const QString message = status ? QString() : status.error().message;
    if (message != m_lastError) {
        m_lastError = message;
        emit lastErrorChanged();
    }
    return status.ok();
}

void JournalActions::setDraft(qint64 id, const QString& dayLabel)
{
    if (id != m_draftId || dayLabel != m_draftDayLabel) {
        m_draftId = id;
        m_draftDayLabel = dayLabel;
        emit draftChanged();
    }
}

} // namespace tideline::app
