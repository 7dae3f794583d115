#include "app/journal/JournalEditor.h"

#include "app/journal/JournalChanges.h"
#include "app/journal/JournalFormat.h"
#include "core/common/MoodScale.h"
#include "core/journal/EntryText.h"
#include "core/journal/JournalRepository.h"

namespace tideline::app {

namespace {

constexpr int kDefaultAutosaveMs = 700;

} // namespace

JournalEditor::JournalEditor(VaultAccess* vault, QObject* parent) : QObject(parent), VaultClient(this)
{
    // Not restarted by every key: the first unsaved change starts the clock, so text typed
    // without a pause is saved too.
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kDefaultAutosaveMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] { saveDraftNow(); });
    m_wordCountTimer.setSingleShot(true);
    m_wordCountTimer.setInterval(250);
    connect(&m_wordCountTimer, &QTimer::timeout, this, &JournalEditor::updateWordCount);
    attachVault(vault);
}

void JournalEditor::vaultAttached()
{
    // The vault is still open while it closes: the last keystrokes go in now. When even that
    // fails (a full disk with its reserve used up), the words are handed to the vault access to
    // keep in locked memory and save at the next unlock, since the editor is cleared next.
    connect(vault(), &VaultAccess::closing, this, [this] {
        if (!saveDraftNow()) {
            vault()->holdEntry(journal::HeldEntry(m_entryId, m_draft, true));
        }
    });
    connect(vault(), &VaultAccess::closed, this, &JournalEditor::clear);
}

JournalEditor::~JournalEditor()
{
    // The page went away (another section, the window closing) with text not yet saved.
    if (m_dirty) {
        persist(true);
    }
}

void JournalEditor::setTitle(const QString& title)
{
    if (title == m_draft.title) {
        return;
    }
    m_draft.title = title;
    emit titleChanged();
    changed();
}

void JournalEditor::setBody(const QString& body)
{
    if (body == m_draft.body) {
        return;
    }
    m_draft.body = body;
    emit bodyChanged();
    m_wordCountTimer.start();
    changed();
}

void JournalEditor::setMood(int mood)
{
    const std::optional<int> value = MoodScale::contains(mood) ? std::optional<int>(mood) : std::nullopt;
    if (value == m_draft.mood) {
        return;
    }
    m_draft.mood = value;
    emit moodChanged();
    changed();
}

void JournalEditor::setSensitive(bool sensitive)
{
    if (sensitive == m_draft.sensitive) {
        return;
    }
    m_draft.sensitive = sensitive;
    emit sensitiveChanged();
    changed();
}

void JournalEditor::setAutosaveDelay(int ms)
{
    ms = qBound(0, ms, 1000); // never longer than the promise of "within a second"
    if (ms == m_autosave.interval()) {
        return;
    }
    m_autosave.setInterval(ms);
    emit autosaveDelayChanged();
}

QString JournalEditor::dayLabel() const
{
    auto journal = service<journal::JournalRepository>();
    const QDate today = journal ? journal->today() : QDate::currentDate();
    return JournalFormat::dayLabel(m_draft.day, today);
}

QString JournalEditor::day() const
{
    return m_draft.day.toString(Qt::ISODate);
}

void JournalEditor::setDay(const QString& text)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    auto journal = service<journal::JournalRepository>();
    const QDate today = journal ? journal->today() : QDate();
    if (!day.isValid() || day == m_draft.day || (today.isValid() && day > today)) {
        return;
    }
    m_draft.day = day;
    emit dayChanged();
    changed();
}

QString JournalEditor::saveStateText() const
{
    switch (m_saveState) {
    case SaveState::Nothing:
        return {};
    case SaveState::Unsaved:
        return tr("Saving soon…");
    case SaveState::Saved:
        return tr("Saved");
    case SaveState::Failed:
        return tr("Not saved yet");
    }
    return {};
}

void JournalEditor::startNew(const QString& promptKey, const QString& promptText)
{
    if (m_dirty) {
        persist(true);
    }
    clear();
    auto journal = service<journal::JournalRepository>();
    m_draft.day = journal ? journal->today() : QDate();
    m_draft.promptKey = promptKey.trimmed();
    m_promptText = m_draft.promptKey.isEmpty() ? QString() : promptText;
    emit promptChanged();
    emit dayChanged();
    setActive(true);
}

bool JournalEditor::open(qint64 id)
{
    if (m_dirty) {
        persist(true);
    }
    auto journal = service<journal::JournalRepository>();
    if (!journal) {
        setLastError(lockedMessage());
        return false;
    }
    auto entry = journal->get(id);
    if (!entry) {
        setLastError(entry.error().message);
        return false;
    }
    clear();
    m_draft = entry.value().toDraft();
    m_storedAsDraft = entry.value().isDraft;
    // The catalogue's wording is not stored with the entry; the chip says what it can.
    m_promptText = m_draft.promptKey.isEmpty() ? QString() : tr("Written from a prompt");
    setEntryId(id);
    emit titleChanged();
    emit bodyChanged();
    emit tagsChanged();
    emit moodChanged();
    emit sensitiveChanged();
    emit promptChanged();
    emit dayChanged();
    updateWordCount();
    setSaveState(SaveState::Saved);
    setActive(true);
    return true;
}

void JournalEditor::addTags(const QString& typed)
{
    const QStringList merged = journal::EntryText::normalizeTags(m_draft.tags + QStringList{typed});
    if (merged == m_draft.tags) {
        return;
    }
    m_draft.tags = merged;
    emit tagsChanged();
    changed();
}

void JournalEditor::removeTag(const QString& name)
{
    if (m_draft.tags.removeAll(name) == 0) {
        return;
    }
    emit tagsChanged();
    changed();
}

bool JournalEditor::saveDraftNow()
{
    m_autosave.stop();
    if (!m_dirty) {
        return true;
    }
    return persist(true);
}

bool JournalEditor::finish()
{
    m_autosave.stop();
    const bool blank = journal::EntryText::isBlank(m_draft.title) && journal::EntryText::isBlank(m_draft.body);
    if (blank) {
        const qint64 id = m_entryId;
        clear();
        if (id != 0) {
            emit emptied(id);
        }
        emit finished(0);
        return true;
    }
    if ((m_dirty || m_storedAsDraft || m_entryId == 0) && !persist(false)) {
        return false;
    }
    if (vault()) {
        // The lists and the search are read again below: the entry must be found by the words it
        // has now, not left out while the ones it had wait to leave the index (migration 0007).
        vault()->removeOldWordsNow();
    }
    const qint64 id = m_entryId;
    clear();
    JournalChanges::instance().notify();
    emit finished(id);
    return true;
}

void JournalEditor::close()
{
    clear();
}

void JournalEditor::changed()
{
    if (!m_active) {
        return;
    }
    m_dirty = true;
    setSaveState(SaveState::Unsaved);
    if (!m_autosave.isActive()) {
        m_autosave.start();
    }
}

bool JournalEditor::persist(bool asDraft)
{
    if (journal::EntryText::isBlank(m_draft.title) && journal::EntryText::isBlank(m_draft.body)) {
        // Nothing to keep yet (or the person cleared the page for a moment): the stored
        // version, if any, stays as it was rather than being emptied by an autosave.
        m_dirty = false;
        setSaveState(m_entryId ? SaveState::Saved : SaveState::Nothing);
        return true;
    }
    auto journal = service<journal::JournalRepository>();
    if (!journal) {
        setSaveState(SaveState::Failed);
        setLastError(lockedMessage());
        return false;
    }
    const bool isNew = m_entryId == 0;
    const auto write = [&]() -> Status {
        if (m_entryId == 0) {
            auto created = journal->create(m_draft, asDraft);
            if (!created) {
                return created.error();
            }
            setEntryId(created.value());
            return {};
        }
        return journal->update(m_entryId, m_draft, asDraft);
    };
    // A full disk frees the vault's reserve and is tried once more inside core (writeWithRoom).
    const Status status = write();
    if (!status) {
        // The text stays in the editor; the next change or "save" tries again.
        setSaveState(SaveState::Failed);
        setLastError(status.error().message);
        return false;
    }
    m_dirty = false;
    m_storedAsDraft = asDraft;
    setLastError({});
    setSaveState(SaveState::Saved);
    if (isNew) {
        JournalChanges::instance().notify();
    } else if (vault()) {
        vault()->removeOldWords(); // words this save replaced leave the index (migration 0007)
    }
    return true;
}

void JournalEditor::clear()
{
    m_autosave.stop();
    m_wordCountTimer.stop();
    m_draft = journal::EntryDraft{};
    m_promptText.clear();
    m_dirty = false;
    m_storedAsDraft = false;
    setEntryId(0);
    emit titleChanged();
    emit bodyChanged();
    emit tagsChanged();
    emit moodChanged();
    emit sensitiveChanged();
    emit promptChanged();
    emit dayChanged();
    updateWordCount();
    setSaveState(SaveState::Nothing);
    setLastError({});
    setActive(false);
}

void JournalEditor::setActive(bool active)
{
    if (active != m_active) {
        m_active = active;
        emit activeChanged();
    }
}

void JournalEditor::setEntryId(qint64 id)
{
    if (id != m_entryId) {
        m_entryId = id;
        emit entryIdChanged();
    }
}

void JournalEditor::setSaveState(SaveState state)
{
    if (state != m_saveState) {
        m_saveState = state;
        emit saveStateChanged();
    }
}

void JournalEditor::setLastError(const QString& message)
{
    if (message != m_lastError) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

void JournalEditor::updateWordCount()
{
    const int count = journal::EntryText::wordCount(m_draft.body);
    if (count != m_wordCount) {
        m_wordCount = count;
        emit wordCountChanged();
    }
}

} // namespace tideline::app
