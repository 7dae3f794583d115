#include "core/crypto/PassphraseGenerator.h"

#include "core/crypto/Sodium.h"
#include "core/i18n/Language.h"

#include <QFile>

#include <sodium.h>

#include <cmath>
#include <utility>

namespace tideline {

PassphraseGenerator::PassphraseGenerator(QByteArrayList words) : m_words(std::move(words))
{}

PassphraseGenerator PassphraseGenerator::bundled()
{
    return fromResource(i18n::localizedAsset(QStringLiteral("passphrase-words.txt")));
}

PassphraseGenerator PassphraseGenerator::forLanguage(const QString& language)
{
    const QString translated = QStringLiteral(":/assets/%1/passphrase-words.txt").arg(language);
    return fromResource(QFile::exists(translated) ? translated : QStringLiteral(":/assets/passphrase-words.txt"));
}

PassphraseGenerator PassphraseGenerator::fromResource(const QString& resource)
{
    QFile file(resource);
    QByteArrayList words;
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : file.readAll().split('\n')) {
            const QByteArray word = line.trimmed();
            if (!word.isEmpty()) {
                words.append(word);
            }
        }
    }
    return PassphraseGenerator(std::move(words));
}

double PassphraseGenerator::bitsFor(int wordCount) const
{
    return m_words.isEmpty() ? 0.0 : wordCount * std::log2(static_cast<double>(m_words.size()));
}

SecureBuffer PassphraseGenerator::generate(int wordCount) const
{
    if (!isUsable() || wordCount < 1 || !ensureSodium()) {
        return {};
    }
    SecureBuffer out;
    for (int i = 0; i < wordCount; ++i) {
        if (i > 0) {
            out.append(" ", 1);
        }
        const auto index = randombytes_uniform(static_cast<std::uint32_t>(m_words.size()));
        const QByteArray& word = m_words.at(static_cast<qsizetype>(index));
        out.append(word.constData(), static_cast<std::size_t>(word.size()));
    }
    return out;
}

} // namespace tideline
