#include "app/i18n/LanguageFollower.h"

#include "app/AppSettings.h"
#include "core/i18n/Language.h"

#include <QQmlEngine>

namespace tideline::app {

void applyStartLanguage(const AppSettings& settings)
{
    const QString forced = qEnvironmentVariable("TIDELINE_LANGUAGE");
    i18n::useLanguage(forced.isEmpty() ? settings.languageInUse() : forced);
}

void followLanguageChoice(AppSettings& settings, QQmlEngine& engine)
{
    QObject::connect(&settings, &AppSettings::languageChanged, &engine, [&settings, &engine] {
        i18n::useLanguage(settings.languageInUse());
        engine.retranslate();
    });
}

} // namespace tideline::app
