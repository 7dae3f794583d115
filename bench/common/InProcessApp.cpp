#include "InProcessApp.h"

#include "app/AppSettings.h"
#include "app/QmlSetup.h"
#include "app/desktop/DesktopIdentity.h"
#include "app/i18n/LanguageFollower.h"
#include "app/lock/Session.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <string_view>

namespace tideline::bench {

using namespace tideline::app;

InProcessApp::InProcessApp(const VaultPaths& paths, const KdfParams& kdf)
{
    // The order of app/main.cpp: the language before the first translated string, the
    // singletons before the engine.
    m_settings = std::make_unique<AppSettings>(paths.settings());
    AppSettings::setQmlInstance(m_settings.get());
    applyStartLanguage(*m_settings);
    m_desktop = std::make_unique<DesktopIdentity>(
        *m_settings, m_desktopDir.filePath(QStringLiteral("applications/tideline.desktop")));
    DesktopIdentity::setQmlInstance(m_desktop.get());
    m_session = std::make_unique<Session>(paths, kdf);
    Session::setQmlInstance(m_session.get());
    m_session->start();
}

InProcessApp::~InProcessApp()
{
    m_session->lock();
}

QString InProcessApp::load(const QSize& size)
{
    selectQuickStyle();
    m_engine = std::make_unique<QQmlApplicationEngine>();
    prepareQmlEngine(*m_engine);
    VaultAccess::provideTo(*m_engine, &m_session->vaultAccess());
    followLanguageChoice(*m_settings, *m_engine);
    m_engine->load(QUrl(QString::fromUtf16(kMainQmlUrl)));
    const QList<QObject*> roots = m_engine->rootObjects();
    m_window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(roots.first());
    if (m_window == nullptr) {
        return QStringLiteral("Main.qml did not load");
    }
    if (!size.isEmpty()) {
        m_window->resize(size);
    }
    m_clock.start();
    QObject::connect(m_window, &QQuickWindow::frameSwapped, m_window, [this] {
        ++m_frames.count;
        m_frames.lastNs = m_clock.nsecsElapsed();
    });
    return QString();
}

void InProcessApp::unlock(const char* pin)
{
    m_pin.clear();
    for (const char c : std::string_view(pin)) {
        m_pin.appendText(QString(QLatin1Char(c)));
    }
    m_session->unlock(&m_pin);
}

} // namespace tideline::bench
