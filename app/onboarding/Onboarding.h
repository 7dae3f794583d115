#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace tideline::app {

// First start, for QML (Onboarding): whether onboarding is up, and the recovery code shown once
// after a vault is made (or restored from a backup). The Session starts it and hands it the
// code; the person's "I have kept it" ends it. The code is the one QString it ever lives in, and
// its characters are overwritten when it goes.
class Onboarding final : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_DISABLE_COPY_MOVE(Onboarding)

    // True from first start until the person has seen the recovery code: Main keeps onboarding up.
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    // Shown once after creation; cleared by acknowledgeRecoveryCode() and on lock.
    Q_PROPERTY(QString recoveryCode READ recoveryCode NOTIFY recoveryCodeChanged)

public:
    // No default: QML takes the Session's through create() (Qt 6.4 would make its own otherwise).
    explicit Onboarding(QObject* parent);
    ~Onboarding() override;

    // The Session's, for QML.
    static Onboarding* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);

    bool active() const { return m_active; }
    QString recoveryCode() const { return m_recoveryCode; }

    // There is no vault yet: onboarding comes up.
    void begin();
    // The vault was made: its recovery code, to be drawn once.
    void showRecoveryCode(const QString& code);
    // A new code after the keys were renewed (Session::renewKeys): drawn by the same step as at
    // first start, so onboarding comes up again just for it.
    void showRenewedRecoveryCode(const QString& code);
    // The person has kept the code: it goes, and so does onboarding; recoveryCodeKept() tells
    // the Session, which notes it in the vault.
    Q_INVOKABLE void acknowledgeRecoveryCode();
    // The vault locked while the code was on screen: it goes from memory, unconfirmed, so the
    // next unlock can offer a new one.
    void dropRecoveryCode();

signals:
    void activeChanged();
    void recoveryCodeChanged();
    // "I have saved it": the person wrote the code down.
    void recoveryCodeKept();

private:
    void setActive(bool active);
    void setRecoveryCode(const QString& code);

    bool m_active = false;
    QString m_recoveryCode;
};

} // namespace tideline::app
