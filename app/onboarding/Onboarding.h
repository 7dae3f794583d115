#pragma once

#include "core/common/SecureBuffer.h"

#include <QByteArrayView>
#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace tideline::app {

// First start, for QML (Onboarding): whether onboarding is up, and the recovery code shown once
// after a vault is made (or restored from a backup, or its keys renewed). The Session starts it
// and hands it the code; the person's "I have kept it" ends it.
// The code lives only in a SecureBuffer (guarded, locked, wiped): it never becomes a QString and
// never reaches QML. QML learns how many groups there are; RecoveryCodeGroupView draws each
// group's characters straight from these bytes.
class Onboarding final : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_DISABLE_COPY_MOVE(Onboarding)

    // True from first start until the person has seen the recovery code: Main keeps onboarding up.
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    // A code is held to be drawn (shown once; gone after acknowledgeRecoveryCode() and on lock).
    Q_PROPERTY(bool showingCode READ showingCode NOTIFY recoveryCodeChanged)
    // How many groups the held code has (0 when none): what QML needs to lay out the views.
    Q_PROPERTY(int recoveryGroupCount READ recoveryGroupCount NOTIFY recoveryCodeChanged)

public:
    // No default: QML takes the Session's through create() (Qt 6.4 would make its own otherwise).
    explicit Onboarding(QObject* parent);
    ~Onboarding() override;

    // The Session's, for QML.
    static Onboarding* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);

    bool active() const { return m_active; }
    bool showingCode() const { return !m_code.isEmpty(); }
    int recoveryGroupCount() const;

    // C++ only (never Q_INVOKABLE: QML must not reach the characters). The bytes of group index
    // (ASCII, without the hyphens), a view into the guarded memory; empty when there is none.
    QByteArrayView recoveryGroup(int index) const;
    // The whole code as held ("ABCD-EFGH-…"), for tests (tests/app/RecoveryCodeText.h).
    const SecureBuffer& recoveryCodeBytes() const { return m_code; }

    // There is no vault yet: onboarding comes up.
    void begin();
    // The vault was made: its recovery code, copied into this object's own guarded memory.
    void showRecoveryCode(const SecureBuffer& code);
    // A new code after the keys were renewed (Session::renewKeys): drawn by the same step as at
    // first start, so onboarding comes up again just for it.
    void showRenewedRecoveryCode(const SecureBuffer& code);
    // The person has kept the code: it is wiped, and onboarding ends; recoveryCodeKept() tells
    // the Session, which notes it in the vault.
    Q_INVOKABLE void acknowledgeRecoveryCode();
    // The vault locked while the code was on screen (lock, auto-lock, quick exit): it is wiped,
    // unconfirmed, so the next unlock can offer a new one.
    void dropRecoveryCode();

signals:
    void activeChanged();
    // The code came or went: the views redraw (or draw nothing).
    void recoveryCodeChanged();
    // "I have saved it": the person wrote the code down.
    void recoveryCodeKept();

private:
    void setActive(bool active);
    void holdCode(const SecureBuffer& code);
    void wipeCode();

    bool m_active = false;
    SecureBuffer m_code;
};

} // namespace tideline::app
