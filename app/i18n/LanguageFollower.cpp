#include "app/i18n/LanguageFollower.h"

#include "app/AppSettings.h"
#include "core/i18n/Language.h"

#include <QQmlEngine>

namespace tideline::app {

namespace {

QString chosenOrSystem(const AppSettings& settings)
{
    const QString chosen = settings.language();
    return chosen.isEmpty() ? i18n::languageForLocale(QLocale::system()) : chosen;
}

} // namespace

void applyStartLanguage(const AppSettings& settings)
{
    const QString forced = qEnvironmentVariable("TIDELINE_LANGUAGE");
    i18n::useLanguage(forced.isEmpty() ? chosenOrSystem(settings) : forced);
}

void followLanguageChoice(AppSettings& settings, QQmlEngine& engine)
{
    QObject::connect(&settings, &AppSettings::languageChanged, &engine, [&settings, &engine] {
        i18n::useLanguage(chosenOrSystem(settings));
        engine.retranslate();
    });
}

} // namespace tideline::app
