#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <random>

namespace tideline {
class Database;
}

namespace tideline::bench {

// Deterministic journal text for benchmarks: words drawn with a Zipf-like skew from a
// vocabulary of everyday words (the app's calm passphrase list plus common English function
// words), so that search meets the mix of very common and rare terms a real journal has.
class SyntheticText
{
public:
    explicit SyntheticText(quint32 seed);

    QString words(int count);
    QString title();
    // A word from the rare end of the vocabulary and one from the common end, for queries.
    QString rareWord() const { return m_vocabulary.at(m_vocabulary.size() - 3); }
    QString commonWord() const { return m_vocabulary.at(m_functionWords + 2); }
    QString midWord() const { return m_vocabulary.at(m_vocabulary.size() / 8); }

private:
    QStringList m_vocabulary;
    int m_functionWords = 0;
    std::mt19937 m_random;
    std::discrete_distribution<int> m_pick;
};

// Fills the open database with `entries` entries of about `wordsPerEntry` words over ten
// years ending at lastDay, a few tags each, in one transaction (seeding is not what is
// measured). Returns the number of entries written.
Result<int> seedJournal(Database& db, SyntheticText& text, int entries, int wordsPerEntry, const QDate& lastDay);

} // namespace tideline::bench
