#include "app/lock/PassphraseSuggestion.h"

#include "app/lock/SecretEntry.h"
#include "core/crypto/PassphraseGenerator.h"
#include "core/i18n/Language.h"

#include <sodium.h>

#include <map>

namespace tideline::app {

namespace {

// The list of the language in use, read once per language (the language can change at run time).
const PassphraseGenerator& generator()
{
    static std::map<QString, PassphraseGenerator> byLanguage;
    const QString language = i18n::currentLanguage();
    auto found = byLanguage.find(language);
    if (found == byLanguage.end()) {
        found = byLanguage.emplace(language, PassphraseGenerator::forLanguage(language)).first;
    }
    return found->second;
}

void overwrite(QStringList& words)
{
    for (QString& word : words) {
        if (!word.isEmpty()) {
            sodium_memzero(word.data(), static_cast<std::size_t>(word.size()) * sizeof(QChar));
        }
    }
    words.clear();
}

} // namespace

PassphraseSuggestion::PassphraseSuggestion(QObject* parent) : QObject(parent)
{}

PassphraseSuggestion::~PassphraseSuggestion()
{
    overwrite(m_words);
}

void PassphraseSuggestion::generate()
{
    m_phrase = generator().generate(4);
    // Word by word straight from the guarded buffer: no QString ever holds the whole phrase.
    QStringList words;
    const char* start = m_phrase.chars();
    const char* end = start + m_phrase.size();
    for (const char* p = start; p <= end; ++p) {
        if (p == end || *p == ' ') {
            if (p > start) {
                words.append(QString::fromLatin1(start, p - start));
            }
            start = p + 1;
        }
    }
    setWords(std::move(words));
}

void PassphraseSuggestion::useIn(SecretEntry* entry) const
{
    if (entry != nullptr && !m_phrase.isEmpty()) {
        entry->assignAscii(m_phrase);
    }
}

void PassphraseSuggestion::clear()
{
    m_phrase.clear();
    setWords({});
}

void PassphraseSuggestion::setWords(QStringList words)
{
    overwrite(m_words);
    m_words = std::move(words);
    emit wordsChanged();
}

} // namespace tideline::app
