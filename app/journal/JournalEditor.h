#pragma once

#include "app/VaultClient.h"
#include "core/journal/Entry.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// The entry being written, with autosave. Every change is saved as an encrypted draft at
// most autosaveDelay ms after it was made (700 ms: "within a second after typing stops", and
// also during typing that never stops), so quick exit, auto-lock or a killed process lose at
// most that much. The vault closing (VaultAccess::closing) saves at once, and so does destroying
// the editor.
// finish() is the person's "save": the entry stops being a draft, or, when nothing is written,
// nothing is kept.
// Not `final`: QML creates instances through a subclass (QQmlPrivate::QQmlElement) in Qt 6.4.
class JournalEditor : public QObject, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(JournalEditor)

    // 0 until the entry is first saved.
    Q_PROPERTY(qint64 entryId READ entryId NOTIFY entryIdChanged)
    // True between startNew()/open() and finish()/close().
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY titleChanged)
    Q_PROPERTY(QString body READ body WRITE setBody NOTIFY bodyChanged)
    Q_PROPERTY(QStringList tags READ tags NOTIFY tagsChanged)
    // On the mood scale (MoodScale, 0–10), or -1 for "not said".
    Q_PROPERTY(int mood READ mood WRITE setMood NOTIFY moodChanged)
    Q_PROPERTY(bool sensitive READ sensitive WRITE setSensitive NOTIFY sensitiveChanged)
    Q_PROPERTY(QString promptKey READ promptKey NOTIFY promptChanged)
    // The prompt's words when writing from a prompt (the prompt chip); empty otherwise.
    Q_PROPERTY(QString promptText READ promptText NOTIFY promptChanged)
    Q_PROPERTY(QString dayLabel READ dayLabel NOTIFY dayChanged)
    // The day the entry is about, 'YYYY-MM-DD' (it may differ from the day it is written);
    // a day after today is refused and leaves the day as it was.
    Q_PROPERTY(QString day READ day WRITE setDay NOTIFY dayChanged)
    Q_PROPERTY(int wordCount READ wordCount NOTIFY wordCountChanged)
    Q_PROPERTY(SaveState saveState READ saveState NOTIFY saveStateChanged)
    // "Saved", "Saving…", "Not saved yet": shown quietly next to the word count.
    Q_PROPERTY(QString saveStateText READ saveStateText NOTIFY saveStateChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(int autosaveDelay READ autosaveDelay WRITE setAutosaveDelay NOTIFY autosaveDelayChanged)

public:
    enum class SaveState { Nothing, Unsaved, Saved, Failed };
    Q_ENUM(SaveState)

    explicit JournalEditor(VaultAccess* vault = nullptr, QObject* parent = nullptr);
    ~JournalEditor() override;

    qint64 entryId() const { return m_entryId; }
    bool active() const { return m_active; }
    QString title() const { return m_draft.title; }
    void setTitle(const QString& title);
    QString body() const { return m_draft.body; }
    void setBody(const QString& body);
    QStringList tags() const { return m_draft.tags; }
    int mood() const { return m_draft.mood.value_or(-1); }
    void setMood(int mood);
    bool sensitive() const { return m_draft.sensitive; }
    void setSensitive(bool sensitive);
    QString promptKey() const { return m_draft.promptKey; }
    QString promptText() const { return m_promptText; }
    QString dayLabel() const;
    QString day() const;
    void setDay(const QString& day);
    int wordCount() const { return m_wordCount; }
    SaveState saveState() const { return m_saveState; }
    QString saveStateText() const;
    QString lastError() const { return m_lastError; }
    int autosaveDelay() const { return m_autosave.interval(); }
    void setAutosaveDelay(int ms);

    // A new, empty entry about today; with a prompt when promptKey is given.
    Q_INVOKABLE void startNew(const QString& promptKey = {}, const QString& promptText = {});
    // Loads an entry (a draft to continue, or a saved one to edit). False when it is gone.
    Q_INVOKABLE bool open(qint64 id);
    // Tags as typed in the tag field: commas separate them.
    Q_INVOKABLE void addTags(const QString& typed);
    Q_INVOKABLE void removeTag(const QString& name);
    // Saves the draft now if anything changed. False (with lastError) when it could not.
    Q_INVOKABLE bool saveDraftNow();
    // The person is done: the entry is saved for good and the editor closes. An entry with
    // nothing written is not kept: if it had been saved before, emptied(id) asks the page to
    // delete it (with undo). False, with lastError and the editor still open, when saving failed.
    Q_INVOKABLE bool finish();
    // Closes without saving anything more: for an entry being deleted (the page saved the
    // latest text first, so that undo brings all of it back).
    Q_INVOKABLE void close();

signals:
    void entryIdChanged();
    void activeChanged();
    void titleChanged();
    void bodyChanged();
    void tagsChanged();
    void moodChanged();
    void sensitiveChanged();
    void promptChanged();
    void dayChanged();
    void wordCountChanged();
    void saveStateChanged();
    void lastErrorChanged();
    void autosaveDelayChanged();
    // finish() succeeded; entryId is 0 when nothing was kept.
    void finished(qint64 entryId);
    // finish() found a stored entry with nothing written in it any more.
    void emptied(qint64 entryId);

private:
    void vaultAttached() override;
    void changed();
    bool persist(bool asDraft);
    void clear();
    void setActive(bool active);
    void setEntryId(qint64 id);
    void setSaveState(SaveState state);
    void setLastError(const QString& message);
    void updateWordCount();

    journal::EntryDraft m_draft;
    QString m_promptText;
    qint64 m_entryId = 0;
    bool m_active = false;
    bool m_dirty = false; // changed since the last save
    bool m_storedAsDraft = false; // the stored row is marked is_draft
    int m_wordCount = 0;
    SaveState m_saveState = SaveState::Nothing;
    QString m_lastError;
    QTimer m_autosave;
    QTimer m_wordCountTimer; // counting words in a long entry on every key would lag typing
};

} // namespace tideline::app
