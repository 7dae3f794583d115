#pragma once

class QQmlEngine;

namespace tideline::app {

class AppSettings;

// The language at start: TIDELINE_LANGUAGE when set (tests and screenshots use it, e.g. "es" or
// "pseudo"), else the choice in Settings, else the system's when Tideline speaks it, else
// English. Call before anything translatable is made.
void applyStartLanguage(const AppSettings& settings);

// A new choice in Settings applies at once: the translators are swapped, QLocale's default
// follows, and every qsTr() binding in the engine is evaluated again (QQmlEngine::retranslate).
// Text made in C++ follows when its page is next built (the pages are loaded one at a time).
void followLanguageChoice(AppSettings& settings, QQmlEngine& engine);

} // namespace tideline::app
