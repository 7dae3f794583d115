#pragma once

#include "app/VaultClient.h"
#include "core/common/Result.h"
#include "core/journal/Entry.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace tideline::app {

// What the journal page does besides editing: delete with undo, offering to continue a draft
// left by a quick exit or a crash, and looking after tags.
//
// Undo design: a delete is carried out at once and for good (secure-delete in the index and a
// WAL checkpoint, see JournalRepository::remove). The only copy kept for "undo" is in this
// object's memory, for undoSeconds; it is dropped when that time ends, when another entry is
// deleted, and when the vault is about to lock. So no deleted text is ever left on disk, even
// if the process is killed during the undo window (the entry is then simply gone, as asked).
// Undo writes the entry back under its old id.
// Not `final`: QML creates instances through a subclass (QQmlPrivate::QQmlElement) in Qt 6.4.
class JournalActions : public QObject, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(JournalActions)

    Q_PROPERTY(bool undoAvailable READ undoAvailable NOTIFY undoChanged)
    // "Entry deleted." / "Empty entry removed."
    Q_PROPERTY(QString undoMessage READ undoMessage NOTIFY undoChanged)
    Q_PROPERTY(int undoSeconds READ undoSeconds WRITE setUndoSeconds NOTIFY undoSecondsChanged)
    // A draft to offer ("You were writing…"): its id, or 0 when there is none.
    Q_PROPERTY(qint64 draftId READ draftId NOTIFY draftChanged)
    Q_PROPERTY(QString draftDayLabel READ draftDayLabel NOTIFY draftChanged)
    // Every tag, by name (a short list: people use tens of tags, not thousands).
    Q_PROPERTY(QStringList tagNames READ tagNames NOTIFY tagsChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit JournalActions(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    bool undoAvailable() const { return m_deleted.has_value(); }
    QString undoMessage() const { return m_undoMessage; }
    int undoSeconds() const { return m_undoTimer.interval() / 1000; }
    void setUndoSeconds(int seconds);
    qint64 draftId() const { return m_draftId; }
    QString draftDayLabel() const { return m_draftDayLabel; }
    QStringList tagNames() const { return m_tagNames; }
    QString lastError() const { return m_lastError; }

    Q_INVOKABLE bool deleteEntry(qint64 id, bool wasEmpty = false);
    Q_INVOKABLE bool undoDelete();
    // Forgets the copy kept for undo now (the undo bar was closed).
    Q_INVOKABLE void dropUndo();

    // Looks for a draft to offer.
    Q_INVOKABLE void refreshDraft();
    // "Save it as it is": the draft becomes an ordinary entry.
    Q_INVOKABLE bool keepDraft();
    // "Not now": stop offering it in this visit; it stays a draft.
    Q_INVOKABLE void setDraftAside();

    Q_INVOKABLE void refreshTags();
    Q_INVOKABLE bool renameTag(const QString& from, const QString& to);
    Q_INVOKABLE bool mergeTag(const QString& from, const QString& into);
    Q_INVOKABLE bool deleteTag(const QString& name);

signals:
    void undoChanged();
    void undoSecondsChanged();
    void draftChanged();
    void tagsChanged();
    void lastErrorChanged();

private:
    void vaultAttached() override;
    bool report(const Status& status);
    void setDraft(qint64 id, const QString& dayLabel);

    std::optional<journal::Entry> m_deleted;
    QList<qint64> m_deletedFiles; // the deleted entry's attachments, given back by undo
    QString m_undoMessage;
    QTimer m_undoTimer;
    qint64 m_draftId = 0;
    qint64 m_draftSetAside = 0;
    QString m_draftDayLabel;
    QStringList m_tagNames;
    QString m_lastError;
};

} // namespace tideline::app
