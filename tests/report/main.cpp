#include "CatchRunner.h"

#include <QGuiApplication>

int main(int argc, char* argv[])
{
    // Fonts need a QGuiApplication; no window is shown, so no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    return tideline::test::runCatchSession(argc, argv);
}
