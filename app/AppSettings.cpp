#include "app/AppSettings.h"

#include "app/QmlInstance.h"
#include "core/common/AppName.h"
#include "core/i18n/Language.h"

#include <QJSEngine>
#include <QQmlEngine>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace tideline::app {

namespace {

const auto kAutoLockMinutes = u"privacy/autoLockMinutes"_s;
const auto kCoverWhenInactive = u"privacy/coverWhenInactive"_s;
const auto kLockWhenMinimized = u"privacy/lockWhenMinimized"_s;
const auto kTheme = u"appearance/theme"_s;
const auto kReduceMotion = u"appearance/reduceMotion"_s;
const auto kTextScale = u"appearance/textScale"_s;
const auto kNeutralMode = u"privacy/neutralMode"_s;
const auto kLanguage = u"appearance/language"_s;

constexpr int kDefaultAutoLockMinutes = 5;
constexpr int kDefaultTextScale = 100;

// The choice nearest to percent (a hand-edited file, an old value): ties go to the smaller.
int nearestTextScale(int percent)
{
    int best = kDefaultTextScale;
    for (int choice : AppSettings::textScaleChoices()) {
        if (std::abs(choice - percent) < std::abs(best - percent)) {
            best = choice;
        }
    }
    return best;
}

} // namespace

AppSettings::AppSettings(const QString& iniPath, QObject* parent) : QObject(parent), m_settings(iniPath)
{
    // Messages composed in core/ name the app too: they follow the same switch.
    showNeutralName(neutralMode());
}

AppSettings::~AppSettings()
{
    QmlInstance<AppSettings>::forget(this);
}

void AppSettings::setQmlInstance(AppSettings* settings)
{
    QmlInstance<AppSettings>::set(settings);
}

AppSettings* AppSettings::create(QQmlEngine* qmlEngine, QJSEngine* jsEngine)
{
    Q_UNUSED(qmlEngine)
    Q_UNUSED(jsEngine)
    return QmlInstance<AppSettings>::forEngine("AppSettings::create");
}

int AppSettings::autoLockMinutes() const
{
    const int minutes = m_settings.value(kAutoLockMinutes, kDefaultAutoLockMinutes).toInt();
    // A hand-edited file with an odd value falls back to the default rather than "never".
    return autoLockChoices().contains(minutes) ? minutes : kDefaultAutoLockMinutes;
}

void AppSettings::setAutoLockMinutes(int minutes)
{
    if (!autoLockChoices().contains(minutes) || minutes == autoLockMinutes()) {
        return;
    }
    write(kAutoLockMinutes, minutes);
    emit autoLockMinutesChanged();
}

QList<int> AppSettings::autoLockChoices()
{
    return {1, 2, 5, 10, 15, 30};
}

bool AppSettings::coverWhenInactive() const
{
    return m_settings.flag(kCoverWhenInactive, true);
}

void AppSettings::setCoverWhenInactive(bool cover)
{
    if (cover == coverWhenInactive()) {
        return;
    }
    write(kCoverWhenInactive, cover);
    emit coverWhenInactiveChanged();
}

bool AppSettings::lockWhenMinimized() const
{
    return m_settings.flag(kLockWhenMinimized, false);
}

void AppSettings::setLockWhenMinimized(bool lock)
{
    if (lock == lockWhenMinimized()) {
        return;
    }
    write(kLockWhenMinimized, lock);
    emit lockWhenMinimizedChanged();
}

AppSettings::Theme AppSettings::theme() const
{
    const QString name = m_settings.value(kTheme).toString();
    if (name == u"light"_s) {
        return Theme::Light;
    }
    if (name == u"dark"_s) {
        return Theme::Dark;
    }
    return Theme::System;
}

void AppSettings::setTheme(Theme theme)
{
    if (theme == this->theme()) {
        return;
    }
    const QString name = theme == Theme::Light ? u"light"_s : theme == Theme::Dark ? u"dark"_s : u"system"_s;
    write(kTheme, name);
    emit themeChanged();
}

int AppSettings::textScale() const
{
    bool ok = false;
    const int stored = m_settings.value(kTextScale, kDefaultTextScale).toInt(&ok);
    return ok ? nearestTextScale(stored) : kDefaultTextScale;
}

void AppSettings::setTextScale(int percent)
{
    const int scale = nearestTextScale(percent);
    if (scale == textScale()) {
        return;
    }
    write(kTextScale, scale);
    emit textScaleChanged();
}

QList<int> AppSettings::textScaleChoices()
{
    return {85, 100, 115, 130, 150, 175, 200};
}

bool AppSettings::reduceMotion() const
{
    return m_settings.flag(kReduceMotion, false);
}

void AppSettings::setReduceMotion(bool reduce)
{
    if (reduce == reduceMotion()) {
        return;
    }
    write(kReduceMotion, reduce);
    emit reduceMotionChanged();
}

bool AppSettings::neutralMode() const
{
    return m_settings.flag(kNeutralMode, false);
}

void AppSettings::setNeutralMode(bool neutral)
{
    if (neutral == neutralMode()) {
        return;
    }
    write(kNeutralMode, neutral);
    showNeutralName(neutral); // before the signal, so every binding it wakes reads the new name
    emit neutralModeChanged();
}

QString AppSettings::appName() const
{
    return appNameFor(neutralMode());
}

QString AppSettings::neutralName()
{
    return appNameFor(true);
}

QString AppSettings::language() const
{
    const QString code = m_settings.value(kLanguage).toString();
    // A hand-edited or older file naming a language this build lacks follows the system.
    return languages().contains(code) ? code : QString();
}

void AppSettings::setLanguage(const QString& code)
{
    if (code == language() || !(code.isEmpty() || languages().contains(code))) {
        return;
    }
    write(kLanguage, code);
    emit languageChanged();
}

QString AppSettings::languageInUse() const
{
    // What was installed at start (the system's language, or TIDELINE_LANGUAGE) until a choice.
    const QString chosen = language();
    return chosen.isEmpty() ? i18n::currentLanguage() : chosen;
}

QStringList AppSettings::languages()
{
    return i18n::shippedLanguages();
}

QStringList AppSettings::languageNames()
{
    QStringList names;
    for (const QString& code : languages()) {
        names.append(i18n::languageName(code));
    }
    return names;
}

void AppSettings::write(const QString& key, const QVariant& value)
{
    // A read-only disk keeps the choice for this run only, which is the kindest fallback.
    m_settings.setValue(key, value);
}

} // namespace tideline::app
