// tideline: the desktop app. Everything but the start-up order lives in tideline_app and qml/.
#include "app/AppSettings.h"
#include "app/CommandLine.h"
#include "app/QmlSetup.h"
#include "app/StartupTimer.h"
#include "app/desktop/DesktopIdentity.h"
#include "app/i18n/LanguageFollower.h"
#include "app/lock/AutoLock.h"
#include "app/lock/ClipboardGuard.h"
#include "app/lock/Session.h"
#include "app/safety/NeutralLog.h"
#include "app/safety/NeutralName.h"
#include "core/common/ProcessHardening.h"
#include "core/i18n/Language.h"

#include "core/vault/VaultPaths.h"

#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QUrl>

#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

// The QML modules are static libraries; these pull their plugins into the executable.
Q_IMPORT_QML_PLUGIN(Tideline_AppPlugin)
Q_IMPORT_QML_PLUGIN(TidelinePlugin)

using namespace tideline;
using namespace tideline::app;

int main(int argc, char* argv[])
{
    millisecondsSinceProcessStart(); // starts the fallback timer, should /proc be unreadable
    disableCoreDumps();
    holdLogUntilNeutralModeIsKnown(); // Qt's start-up lines wait until neutral mode is known

    // Answered before any window system is touched, so it works on a headless machine too.
    if (wantsVersion(argc, argv)) {
        std::fputs(versionReport().toUtf8().constData(), stdout);
        return 0;
    }

    // No native dialogs of any kind: Tideline has its own file chooser (qml/files), and a desktop
    // dialog would add the file to the desktop's recent-files list.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    // QApplication would otherwise choose a widget style by asking the platform theme and
    // scanning the style plugins, which cost about 4 ms before the lock screen's first frame.
    // Nothing here draws with widget styles (Qt Quick Controls has its own; Qt Charts paints
    // itself), so name one directly unless the person chose another.
    if (!qEnvironmentVariableIsSet("QT_STYLE_OVERRIDE")) {
        qputenv("QT_STYLE_OVERRIDE", "Fusion");
    }
#ifdef TIDELINE_QML_FROM_SOURCE
    // A test build compiles its QML as it loads it (TIDELINE_QML_CACHEGEN off), and Qt would keep
    // the compiled files in a cache folder named after the app: that name must not appear in the
    // home folder of someone using neutral mode, so such a build keeps none.
    qputenv("QML_DISABLE_DISK_CACHE", "1");
#endif
    // QApplication, not QGuiApplication: Qt Charts' ChartView (the Trends page) draws through
    // QtWidgets' graphics scene. The charts themselves load only when Trends is opened.
    QApplication application(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Tideline"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Tideline"));
    QGuiApplication::setDesktopFileName(QStringLiteral("tideline"));

    // --help speaks the system's language (or TIDELINE_LANGUAGE's); the choice in Settings,
    // read from the vault's folder that the command line names, follows below.
    i18n::useLanguage(qEnvironmentVariable("TIDELINE_LANGUAGE", i18n::languageForLocale(QLocale::system())));
    const CommandLine options = parseCommandLine(application.arguments());
    const VaultPaths paths = VaultPaths::resolve(options.dataDir);

    AppSettings settings(paths.settings());
    AppSettings::setQmlInstance(&settings);
    applyStartLanguage(settings); // before the first translated string
    DesktopIdentity desktopIdentity(settings); // window icon and menu entry follow neutral mode
    DesktopIdentity::setQmlInstance(&desktopIdentity);
    followNeutralMode(settings); // before the window exists, so it never shows the real name
    installNeutralLog(settings); // and the system journal never reads it either
    applyNeutralIdentity(settings);
    Session session(paths);
    Session::setQmlInstance(&session);
    session.start();
    AutoLock autoLock(session, settings);
    ClipboardGuard clipboardGuard(session); // what was copied in Tideline goes with the lock

    selectQuickStyle();
    QQmlApplicationEngine engine;
    prepareQmlEngine(engine);
    // What every page's models reach the vault through.
    VaultAccess::provideTo(engine, &session.vaultAccess());
    followLanguageChoice(settings, engine);
    engine.load(QUrl(QString::fromUtf16(kMainQmlUrl)));
    auto* window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    if (window == nullptr) {
        return 1; // the QML engine has already said why on stderr
    }
    autoLock.watchWindow(window);

    // Quick exit: hide at once, then the session locks, then the process ends. Nothing lingers
    // in memory or in the task bar, and the next start shows the lock screen.
    QObject::connect(&session, &Session::hideRequested, window, [window] {
        window->hide();
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents); // let the unmap go out now
    });
    QObject::connect(&session, &Session::exitRequested, &application, &QCoreApplication::quit, Qt::QueuedConnection);

    if (options.exitAfterFirstFrame) {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &application,
            [] {
                std::printf("first-frame-ms %.0f\n", millisecondsSinceProcessStart());
                std::fflush(stdout);
                QCoreApplication::quit();
            },
            Qt::SingleShotConnection);
    }
    return QApplication::exec();
}
