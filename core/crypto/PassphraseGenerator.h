#pragma once

#include "core/common/SecureBuffer.h"

#include <QByteArrayList>
#include <QString>

namespace tideline {

// Suggests a passphrase of random words (DESIGN.md section 3: four random words would take a
// fast computer millennia, where a 6-digit PIN takes under an hour). Each word is drawn
// uniformly with libsodium's randombytes_uniform, so the strength is exactly
// words × log2(list size) bits.
class PassphraseGenerator
{
public:
    static constexpr int kMinimumListSize = 1024; // below this four words are too few

    // The calm word list that ships in the binary for the current language
    // (assets/passphrase-words.txt, assets/es/passphrase-words.txt, …).
    static PassphraseGenerator bundled();
    // The list of one language ("en", "es"); English when that language has none.
    static PassphraseGenerator forLanguage(const QString& language);
    // A list by its resource path, one word a line.
    static PassphraseGenerator fromResource(const QString& resource);
    explicit PassphraseGenerator(QByteArrayList words);

    bool isUsable() const { return m_words.size() >= kMinimumListSize; }
    qsizetype listSize() const { return m_words.size(); }
    double bitsFor(int wordCount) const;

    // Words separated by single spaces, as UTF-8; empty when the list is not usable.
    SecureBuffer generate(int wordCount = 4) const;

private:
    QByteArrayList m_words;
};

} // namespace tideline
