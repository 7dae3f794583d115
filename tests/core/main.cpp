#include "CatchRunner.h"

#include "core/i18n/Language.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    // core/ needs no event loop, but QStandardPaths and resources behave as in the app.
    QCoreApplication app(argc, argv);
    // English, as the app speaks it: the source text, with its plural forms ("1 day", "2 days").
    tideline::i18n::useLanguage(QStringLiteral("en"));
    return tideline::test::runCatchSession(argc, argv);
}
