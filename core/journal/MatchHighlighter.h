#pragma once

#include "core/journal/FtsQuery.h"

#include <QString>

#include <utility>
#include <vector>

namespace tideline::journal {

// Marks the words of a search in an entry's title and cuts a snippet from its body, with
// kMatchStart/kMatchEnd around each match, the way FTS5's highlight() and snippet() do.
//
// Done here rather than by FTS5 because FTS5's auxiliary functions need the matching rows to
// be found again inside the index after ranking, which made a search three times slower
// (bench_journal); the search reads the 50 bodies it shows instead. Words are split and folded
// like unicode61 with remove_diacritics (letters, digits and marks make words; case and accents
// do not matter), so what is marked is what FTS5 matched. Only marking depends on this;
// which entries match is always FTS5's answer.
class MatchHighlighter
{
public:
    explicit MatchHighlighter(const QList<QueryPhrase>& phrases);

    // The whole text, every match marked.
    QString highlight(const QString& text) const;
    // About `words` words around the best group of matches, with "…" where the text was cut;
    // the first words when nothing in the text matches (a match in the title only).
    QString snippet(const QString& text, int words = 24) const;

private:
    struct Token
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        QString folded; // only for words with non-ASCII letters; ASCII is compared in place
    };
    // A match: tokens [first, last] and which phrase it is.
    struct Match
    {
        int first = 0;
        int last = 0;
        int phrase = 0;
    };

    static std::vector<Token> tokenize(const QString& text, int maxTokens);
    std::vector<Match> findMatches(const QString& text, const std::vector<Token>& tokens) const;
    static QString render(const QString& text, const std::vector<Token>& tokens, const std::vector<Match>& matches,
        int firstToken, int lastToken);

    std::vector<std::vector<QString>> m_phrases; // folded words of each phrase
    std::vector<bool> m_prefix;
};

} // namespace tideline::journal
