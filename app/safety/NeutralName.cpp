#include "safety/NeutralName.h"

#include "AppSettings.h"

#include <QGuiApplication>

namespace tideline::app {

void followNeutralMode(AppSettings& settings)
{
    QGuiApplication::setApplicationDisplayName(settings.appName());
    QObject::connect(&settings, &AppSettings::neutralModeChanged, &settings,
        [&settings] { QGuiApplication::setApplicationDisplayName(settings.appName()); });
}

} // namespace tideline::app
