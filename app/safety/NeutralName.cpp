#include "app/safety/NeutralName.h"

#include "app/AppSettings.h"

#include <QGuiApplication>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace tideline::app {

namespace {

void showName(const AppSettings& settings)
{
    QGuiApplication::setApplicationDisplayName(settings.appName());
    // QML may have set the new title a moment before the display name changed: set it again
    // so the window manager never keeps "Notes — Tideline".
    for (QWindow* window : QGuiApplication::topLevelWindows()) {
        window->setTitle(window->title());
    }
}

} // namespace

void followNeutralMode(AppSettings& settings)
{
    showName(settings);
    QObject::connect(&settings, &AppSettings::neutralModeChanged, &settings, [&settings] { showName(settings); });
}

void applyNeutralIdentity(const AppSettings& settings)
{
    if (!settings.neutralMode()) {
        return;
    }
    qputenv("RESOURCE_NAME", "notes"); // the instance half of WM_CLASS (read by the xcb plugin)
    QGuiApplication::setApplicationName(u"Notes"_s); // the class half
    QGuiApplication::setDesktopFileName(u"notes"_s); // Wayland's app id
}

} // namespace tideline::app
