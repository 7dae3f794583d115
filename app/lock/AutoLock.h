#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWindow>

namespace tideline::app {

class AppSettings;
class Session;

// Locks the session after a stretch without input (AppSettings::autoLockMinutes) and, when
// the person asked for it, as soon as the window is minimised. Watches every key, mouse,
// touch and wheel event of the application through an event filter, so no page has to care.
class AutoLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoLock)

public:
    AutoLock(Session& session, AppSettings& settings, QObject* parent = nullptr);
    ~AutoLock() override;

    // Also lock when this window is minimised (if AppSettings::lockWhenMinimized).
    void watchWindow(QWindow* window);

    // For tests: an idle delay in milliseconds instead of the settings' minutes. 0 goes back
    // to the settings.
    void setIdleIntervalOverride(int milliseconds);
    int idleIntervalMs() const;
    bool isArmed() const { return m_idleTimer.isActive(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rearm();
    void onVisibilityChanged(QWindow::Visibility visibility);

    Session& m_session;
    AppSettings& m_settings;
    QTimer m_idleTimer;
    QPointer<QWindow> m_window;
    int m_overrideMs = 0;
};

} // namespace tideline::app
