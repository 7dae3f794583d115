#pragma once

#include "app/VaultClient.h"
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// The person's choice about "on this day", for the card (set aside for today, turn off) and
// for Settings (turn on or off). Kept in the vault (core/journal/OnThisDaySetting); reads as
// off while the vault is locked. Not final: QML creates it through a subclass (Qt 6.4).
class OnThisDayChoice : public QObject, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(OnThisDayChoice)

    Q_PROPERTY(bool turnedOn READ turnedOn WRITE setTurnedOn NOTIFY changed)
    Q_PROPERTY(bool setAsideToday READ setAsideToday NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit OnThisDayChoice(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    bool turnedOn() const { return m_turnedOn; }
    void setTurnedOn(bool on);
    bool setAsideToday() const { return m_setAsideToday; }
    QString lastError() const { return m_lastError; }

    // "Not today": the card stays away until tomorrow.
    Q_INVOKABLE void setAsideForToday();
    Q_INVOKABLE void reload();

signals:
    void changed();
    void lastErrorChanged();

private:
    void vaultAttached() override;
    void setError(const QString& message);

    bool m_turnedOn = false;
    bool m_setAsideToday = false;
    QString m_lastError;
};

} // namespace tideline::app
