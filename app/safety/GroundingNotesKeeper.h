#pragma once

#include "app/VaultClient.h"
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// Keeps the notes of a grounding exercise when, and only when, the person asks: they become
// a journal entry for today, inside the vault (see core/safety/GroundingNotes.h).
class GroundingNotesKeeper : public QObject, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(GroundingNotesKeeper)

    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit GroundingNotesKeeper(VaultAccess* vault = nullptr, QObject* parent = nullptr)
        : QObject(parent), VaultClient(this)
    {
        attachVault(vault);
    }

    QString lastError() const { return m_lastError; }

    // True when kept; otherwise lastError says why, and the notes stay on screen.
    Q_INVOKABLE bool keep(const QString& title, const QString& body);

signals:
    void lastErrorChanged();

private:
    void vaultAttached() override {} // reads nothing of its own until asked
    void setLastError(const QString& message);

    QString m_lastError;
};

} // namespace tideline::app
