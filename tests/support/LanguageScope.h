#pragma once

#include "core/i18n/Language.h"

#include <QLocale>
#include <QString>

namespace tideline::test {

// Switches the app's language for one test (with an English-speaking system, so the region is
// the same on every machine) and back to English after it.
struct LanguageScope
{
    explicit LanguageScope(const QString& code) { i18n::useLanguage(code, QLocale(QStringLiteral("en_US"))); }
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;
    ~LanguageScope() { i18n::useLanguage(QStringLiteral("en")); }
};

} // namespace tideline::test
