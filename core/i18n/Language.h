#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace tideline::i18n {

// The languages Tideline speaks. A language is there when its translation is embedded
// (:/i18n/tideline_<code>.qm, made from translations/tideline_<code>.ts): adding a third one
// needs a .ts file and its assets (assets/<code>/), no code. English is the source language.
inline constexpr char16_t kSourceLanguage[] = u"en";
// Every string doubled and bracketed ("[Save·Save]"): embedded in test builds only, chosen with
// TIDELINE_LANGUAGE=pseudo, so a test can see which strings escaped translation.
inline constexpr char16_t kPseudoLanguage[] = u"pseudo";

// "en" first, then every embedded translation's code, sorted; never the pseudo-locale.
QStringList shippedLanguages();
// A language's name in that language ("English", "Español"), for the Settings choice.
QString languageName(const QString& code);
// The shipped language that best matches the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG,
// through QLocale::uiLanguages), else English.
QString languageForLocale(const QLocale& system);

// Loads the translations of `code` (Tideline's own and Qt's, for standard buttons) into the
// application, replacing those of an earlier call, and makes QLocale's default follow: dates,
// numbers, weekday names and the first day of the week. When the system speaks the same
// language, its region is kept (Spanish in Mexico formats numbers as Mexico does). An unknown
// code falls back to English. Returns the code now in use.
QString useLanguage(const QString& code, const QLocale& system = QLocale::system());
// The code useLanguage() last installed ("en" before any call).
QString currentLanguage();

// A resource in the current language: ":/assets/<lang>/<name>" when that file is embedded,
// else the English ":/assets/<name>". Assets are whole files per language, keyed as the
// English one is, so a missing translation shows English rather than nothing.
QString localizedAsset(const QString& name);

} // namespace tideline::i18n
