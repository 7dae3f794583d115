#include "app/lock/AutoLock.h"

#include "app/AppSettings.h"
#include "app/lock/Session.h"

#include <QCoreApplication>
#include <QEvent>

namespace tideline::app {

namespace {

bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        return true;
    default:
        return false;
    }
}

} // namespace

AutoLock::AutoLock(Session& session, AppSettings& settings, QObject* parent)
    : QObject(parent), m_session(session), m_settings(settings)
{
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, &m_session, &Session::lock);
    connect(&m_session, &Session::stateChanged, this, &AutoLock::rearm);
    // It runs while the recovery code is on screen too: an open vault left alone is the larger
    // risk. A code that goes with the lock before "I have saved it" stays unconfirmed in the
    // vault, and the next unlock offers a new one (Session::renewalOffered).
    connect(&m_settings, &AppSettings::autoLockMinutesChanged, this, &AutoLock::rearm);
    if (QCoreApplication::instance() != nullptr) {
        QCoreApplication::instance()->installEventFilter(this);
    }
    rearm();
}

AutoLock::~AutoLock()
{
    if (QCoreApplication::instance() != nullptr) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
}

void AutoLock::watchWindow(QWindow* window)
{
    if (m_window != nullptr) {
        disconnect(m_window, nullptr, this, nullptr);
    }
    m_window = window;
    if (window != nullptr) {
        connect(window, &QWindow::visibilityChanged, this, &AutoLock::onVisibilityChanged);
    }
}

void AutoLock::setIdleIntervalOverride(int milliseconds)
{
    m_overrideMs = std::max(0, milliseconds);
    rearm();
}

int AutoLock::idleIntervalMs() const
{
    return m_overrideMs > 0 ? m_overrideMs : m_settings.autoLockMinutes() * 60 * 1000;
}

bool AutoLock::eventFilter(QObject* watched, QEvent* event)
{
    // Input reaches the filter once per receiver up the chain; restarting a timer is cheap.
    if (m_idleTimer.isActive() && isUserInput(event->type())) {
        m_idleTimer.start();
    }
    return QObject::eventFilter(watched, event);
}

void AutoLock::rearm()
{
    const bool shouldRun = m_session.state() == Session::State::Unlocked;
    if (!shouldRun) {
        m_idleTimer.stop();
        return;
    }
    m_idleTimer.setInterval(idleIntervalMs());
    m_idleTimer.start();
}

void AutoLock::onVisibilityChanged(QWindow::Visibility visibility)
{
    if (visibility == QWindow::Minimized && m_settings.lockWhenMinimized()) {
        m_session.lock();
    }
}

} // namespace tideline::app
