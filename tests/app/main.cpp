#include "CatchRunner.h"

#include "core/i18n/Language.h"

#include <QGuiApplication>

int main(int argc, char* argv[])
{
    // Windows and input events without a display; ctest sets this too, a direct run may not.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    // English, as the app speaks it: the source text, with its plural forms ("1 day", "2 days").
    tideline::i18n::useLanguage(QStringLiteral("en"));
    return tideline::test::runCatchSession(argc, argv);
}
