#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace tideline::app {

// The wait after too many wrong tries, as the lock screen shows it (QML: Lockout): the seconds
// left, counted down on a monotonic clock (moving the wall clock does not shorten it), and the
// tries left before a wait begins. The vault keeps the real lockout (persisted, clock-safe);
// the Session hands its figures here after every try and whenever a wait is over.
class LockoutCountdown final : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Lockout)
    QML_SINGLETON
    Q_DISABLE_COPY_MOVE(LockoutCountdown)

    Q_PROPERTY(int secondsUntilNextTry READ secondsUntilNextTry NOTIFY secondsUntilNextTryChanged)
    // "0:29": the wait as the lock screen shows it.
    Q_PROPERTY(QString nextTryCountdown READ nextTryCountdown NOTIFY secondsUntilNextTryChanged)
    // Tries left before a wait begins; -1 when a wait is already running (or the vault is open).
    Q_PROPERTY(int triesBeforeWait READ triesBeforeWait NOTIFY triesBeforeWaitChanged)

public:
    // No default: QML takes the Session's through create() (Qt 6.4 would make its own otherwise).
    explicit LockoutCountdown(QObject* parent);

    // The Session's, for QML.
    static LockoutCountdown* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);

    int secondsUntilNextTry() const { return m_secondsUntilNextTry; }
    QString nextTryCountdown() const;
    int triesBeforeWait() const { return m_triesBeforeWait; }
    bool waiting() const { return m_secondsUntilNextTry > 0; }

    // The vault's figures: seconds until the next try may be made, and wrong tries in a row.
    void show(qint64 secondsLeft, int consecutiveFailures);
    // The vault is open: no wait, nothing to count.
    void reset();
    // A gentle word about what the next wrong try would bring, or "" when it is far off.
    QString triesHint() const;

signals:
    void secondsUntilNextTryChanged();
    void triesBeforeWaitChanged();
    // The wait is over by the monotonic clock; the Session asks the vault (which has the last word).
    void waitOver();

private:
    void tick();
    void setSecondsUntilNextTry(int seconds);
    void setTriesBeforeWait(int tries);

    int m_secondsUntilNextTry = 0;
    int m_triesBeforeWait = -1;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_endsAtMs = 0;
};

} // namespace tideline::app
