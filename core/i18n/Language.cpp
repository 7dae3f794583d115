#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMutex>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace tideline::i18n {

namespace {

const auto kTranslationDir = u":/i18n"_s;
const auto kPrefix = u"tideline_"_s;

struct Installed
{
    // Read from worker threads too (a summary being made picks its prompts' language).
    mutable QMutex codeMutex;
    QString code = QString::fromUtf16(kSourceLanguage);
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
};

Installed& installed()
{
    static Installed state;
    return state;
}

bool isEmbedded(const QString& code)
{
    return QFileInfo::exists(kTranslationDir + u'/' + kPrefix + code + u".qm"_s);
}

void removeTranslators()
{
    Installed& state = installed();
    for (std::unique_ptr<QTranslator>* translator : {&state.own, &state.qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(translator->get());
            translator->reset();
        }
    }
}

} // namespace

QStringList shippedLanguages()
{
    QStringList codes;
    const QStringList files = QDir(kTranslationDir).entryList({kPrefix + u"*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString code = file.mid(kPrefix.size()).chopped(3);
        if (code != QString::fromUtf16(kPseudoLanguage) && code != QString::fromUtf16(kSourceLanguage)) {
            codes.append(code);
        }
    }
    codes.prepend(QString::fromUtf16(kSourceLanguage));
    return codes;
}

QString languageName(const QString& code)
{
    // Each translation names its own language ("Español"), as its speakers write it in a menu;
    // QLocale's names carry a country ("American English", "español de España").
    //: The name of this translation's language, as its speakers write it in a menu: "Español".
    static const char* const kOwnName = QT_TRANSLATE_NOOP("Language", "English");
    if (code == QString::fromUtf16(kSourceLanguage)) {
        return QString::fromLatin1(kOwnName);
    }
    QTranslator translator;
    if (translator.load(kPrefix + code, kTranslationDir)) {
        const QString name = translator.translate("Language", kOwnName);
        if (!name.isEmpty()) {
            return name;
        }
    }
    return QLocale(code).nativeLanguageName();
}

QString languageForLocale(const QLocale& system)
{
    const QStringList shipped = shippedLanguages();
    for (const QString& wanted : system.uiLanguages()) {
        const QString language = wanted.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (shipped.contains(language)) {
            return language;
        }
    }
    return QString::fromUtf16(kSourceLanguage);
}

QString useLanguage(const QString& requested, const QLocale& system)
{
    const bool pseudo = requested == QString::fromUtf16(kPseudoLanguage) && isEmbedded(requested);
    const QString code
        = pseudo || shippedLanguages().contains(requested) ? requested : QString::fromUtf16(kSourceLanguage);
    removeTranslators();
    Installed& state = installed();
    if (code == QString::fromUtf16(kSourceLanguage)) {
        // English needs only its plural forms ("%n day(s)": "1 day", "2 days"): tideline_en.qm.
        state.own = std::make_unique<QTranslator>();
        if (state.own->load(kPrefix + code, kTranslationDir)) {
            QCoreApplication::installTranslator(state.own.get());
        }
    } else {
        state.own = std::make_unique<QTranslator>();
        if (state.own->load(kPrefix + code, kTranslationDir)) {
            QCoreApplication::installTranslator(state.own.get());
        }
        // Qt's own strings (a dialog's standard buttons, a text field's context menu), from
        // Debian's qt6-translations-l10n when it is installed; without it they stay English.
        state.qt = std::make_unique<QTranslator>();
        if (!pseudo && state.qt->load(u"qt_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(state.qt.get());
        }
    }
    {
        const QMutexLocker lock(&state.codeMutex);
        state.code = code;
    }

    const QString formats = pseudo ? QString::fromUtf16(kSourceLanguage) : code;
    // English on a machine set to the plain "C" locale keeps it, as Tideline always did.
    const bool sameAsSystem = system.name().section(u'_', 0, 0) == formats
        || (formats == QString::fromUtf16(kSourceLanguage) && system.language() == QLocale::C);
    QLocale::setDefault(sameAsSystem ? system : QLocale(formats));
    return code;
}

QString currentLanguage()
{
    const Installed& state = installed();
    const QMutexLocker lock(&state.codeMutex);
    return state.code;
}

QString localizedAsset(const QString& name)
{
    const QString translated = u":/assets/%1/%2"_s.arg(currentLanguage(), name);
    return QFileInfo::exists(translated) ? translated : u":/assets/"_s + name;
}

} // namespace tideline::i18n
