#pragma once

#include "common/QuickDriver.h"

#include "app/lock/SecretEntry.h"
#include "core/crypto/KdfParams.h"
#include "core/vault/VaultPaths.h"

#include <QElapsedTimer>
#include <QSize>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;

namespace tideline::app {
class AppSettings;
class DesktopIdentity;
class Session;
} // namespace tideline::app

namespace tideline::bench {

// The real app (Main.qml, Session, every page) run in this process as app/main.cpp starts it,
// on the vault in `paths`, so a benchmark can drive it to a page and measure. The menu entry
// of neutral mode goes to a temporary folder, never the person's. One per process (the QML
// singletons are process-wide).
class InProcessApp
{
public:
    InProcessApp(const VaultPaths& paths, const KdfParams& kdf);
    ~InProcessApp();
    InProcessApp(const InProcessApp&) = delete;
    InProcessApp& operator=(const InProcessApp&) = delete;

    // Loads Main.qml, resizes its window to size unless that is empty (the app's own is
    // 1024×720), and starts counting its frames; returns what failed, or "".
    QString load(const QSize& size = QSize());

    QQuickWindow* window() const { return m_window; }
    app::Session& session() { return *m_session; }
    Frames& frames() { return m_frames; }
    // The clock the frames' times are on.
    qint64 elapsedNs() const { return m_clock.nsecsElapsed(); }

    // Types the PIN into a secret entry and hands it to the session; the unlock runs on (watch
    // session().state()).
    void unlock(const char* pin);

private:
    std::unique_ptr<app::AppSettings> m_settings;
    QTemporaryDir m_desktopDir;
    std::unique_ptr<app::DesktopIdentity> m_desktop;
    std::unique_ptr<app::Session> m_session;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    app::SecretEntry m_pin;
    QQuickWindow* m_window = nullptr;
    QElapsedTimer m_clock;
    Frames m_frames;
};

} // namespace tideline::bench
