#pragma once

#include "app/VaultClient.h"
#include <QList>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// What the records page does besides editing: deleting (the page asks first; this is the second
// step) with undo until the vault locks, and offering to continue a record left unsaved.
//
// A deleted record is only marked until the vault locks (RecordRepository::remove), so undo
// brings it back whole, history and files included, for the rest of the session; locking deletes
// it for good. Not `final`: QML creates it through a subclass in Qt 6.4.
class RecordActions : public QObject, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(RecordActions)
    // Records deleted in this session that can still be brought back.
    Q_PROPERTY(int deletedCount READ deletedCount NOTIFY deletedChanged)
    // A record left unsaved by a quick exit, a lock or a crash.
    Q_PROPERTY(bool draftAvailable READ draftAvailable NOTIFY draftChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit RecordActions(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    int deletedCount() const { return static_cast<int>(m_deleted.size()); }
    bool draftAvailable() const { return m_draftAvailable; }
    QString lastError() const { return m_lastError; }

    Q_INVOKABLE bool deleteRecord(qint64 id);
    // Brings back the record deleted last.
    Q_INVOKABLE bool undoDelete();
    Q_INVOKABLE void refreshDraft();
    // "Let it go": the unsaved changes are forgotten.
    Q_INVOKABLE void dropDraft();

signals:
    void deletedChanged();
    void draftChanged();
    void lastErrorChanged();

private:
    void vaultAttached() override;

    bool report(const QString& message);

    QList<qint64> m_deleted;
    bool m_draftAvailable = false;
    QString m_lastError;
};

} // namespace tideline::app
